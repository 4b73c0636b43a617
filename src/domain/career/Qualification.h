#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// A CAP AEPE test (EP1, EP2, EP3), the whole diploma, or another
// qualification. Stable keys (stored in qualifications.kind) in Qualification.cpp.
enum class QualificationKind { CapEp1, CapEp2, CapEp3, CapAepe, Other };
// What happened at the test: sat (result not known yet), passed, failed.
enum class QualificationResult { Sat, Passed, Failed };

QString qualificationKindKey(QualificationKind kind);
std::optional<QualificationKind> qualificationKindFromKey(const QString& key);
QString qualificationKindLabel(QualificationKind kind);
QList<QualificationKind> allQualificationKinds();

QString qualificationResultKey(QualificationResult result);
std::optional<QualificationResult> qualificationResultFromKey(const QString& key);
QString qualificationResultLabel(QualificationResult result);
QList<QualificationResult> allQualificationResults();

struct Qualification
{
    qint64 id = 0;
    qint64 childminderId = 0;
    QualificationKind kind = QualificationKind::CapEp1;
    QualificationResult result = QualificationResult::Sat;
    QDate date;
    QString label; // the diploma's name for "other"; free otherwise
    int version = 0;

    // Whether this record proves the test `test` (EP1/EP2/EP3) was passed:
    // the whole CAP AEPE passed covers every test.
    bool passes(QualificationKind test) const;
    // Whether she sat the test (any result); the whole diploma counts too.
    bool sits(QualificationKind test) const;
};

} // namespace parcours
