#pragma once

#include "ChildminderFile.h"
#include "FieldErrorLabels.h"
#include "Relay.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace parcours {

class AppContext;
class CommuneCompleter;
class DateLineEdit;

// The "Identity" tab of a childminder's file: who she is, how to reach her,
// her status, and the relay and MAM she belongs to. It only shows and reads
// fields; saving is the editor's job.
class ChildminderIdentityTab : public QWidget
{
    Q_OBJECT
  public:
    explicit ChildminderIdentityTab(AppContext& context, QWidget* parent = nullptr);

    void load(const ChildminderFile& file);
    // Copies the fields into `person`, leaving id, version and notes alone.
    void writeTo(Childminder& person) const;
    void setStatus(ChildminderStatus status);

    // Problems the form sees before asking the app layer (a date that is no date).
    FieldErrors formErrors() const;
    // Shows the messages under their fields; returns the ones with no field here.
    FieldErrors showErrors(const FieldErrors& errors);

  signals:
    void edited();

  private:
    QWidget* buildIdentityGroup();
    QWidget* buildContactGroup();
    QWidget* buildRelayGroup();
    QLineEdit* addLineEdit(const QString& name);
    void updateDerivedRelay();
    QString relayName(qint64 id) const;

    AppContext& m_context;
    FieldErrorLabels m_errors;
    QList<Relay> m_relays;
    QLineEdit* m_usageName = nullptr;
    QLineEdit* m_birthName = nullptr;
    QLineEdit* m_firstName = nullptr;
    DateLineEdit* m_birthDate = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QComboBox* m_commune = nullptr;
    CommuneCompleter* m_communeCompleter = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_derivedRelay = nullptr;
    QComboBox* m_relayOverride = nullptr;
    QLabel* m_mam = nullptr;
};

} // namespace parcours
