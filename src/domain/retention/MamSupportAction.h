#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace parcours {

// What the service helps a MAM draft (stable keys in MamSupportAction.cpp).
enum class SupportKind {
    Procedure, // procédure
    Protocol,  // protocole de mise en sûreté, d'urgence...
    Project,   // projet d'accueil
    Rules,     // règlement de fonctionnement
    Other
};

enum class SupportStatus { ToDo, InProgress, Submitted, Done };

QString supportKindKey(SupportKind kind);
std::optional<SupportKind> supportKindFromKey(const QString& key);
QString supportKindLabel(SupportKind kind);
QList<SupportKind> allSupportKinds();

QString supportStatusKey(SupportStatus status);
std::optional<SupportStatus> supportStatusFromKey(const QString& key);
QString supportStatusLabel(SupportStatus status);
QList<SupportStatus> allSupportStatuses();

// One support action for a MAM. The documents are listed one per line (they
// live on the MAM's or the service's shared drive, not in the database).
struct MamSupportAction
{
    qint64 id = 0;
    qint64 mamId = 0;
    SupportKind kind = SupportKind::Procedure;
    QString title;
    SupportStatus status = SupportStatus::ToDo;
    QDate startDate;
    QDate dueDate;
    QDate doneDate;
    QStringList documents;
    QString notes;
    int version = 0;
};

} // namespace parcours
