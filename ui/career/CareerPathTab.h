#pragma once

#include "CareerEvent.h"
#include "Immersion.h"
#include "Qualification.h"

#include <QList>
#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// The « Parcours » tab of the childminder editor: her obligations and their
// deadlines, what her renewal file lacks, her CAP AEPE results and other
// qualifications, her career events and PMSMP immersions. Every change goes
// through CareerService and the whole tab is read again afterwards.
class CareerPathTab : public QWidget
{
    Q_OBJECT
  public:
    explicit CareerPathTab(AppContext& context, QWidget* parent = nullptr);
    // personId 0: a person not saved yet.
    void setPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    // Reads everything again (after a change here or elsewhere, e.g. an enrolment).
    void refresh();

    // Each opens its dialog (window-modal, not blocking) and refreshes the
    // tab when it is saved; the dialog is returned for tests.
    QDialog* addQualification();
    QDialog* editQualification();
    QDialog* addEvent();
    QDialog* editEvent();
    QDialog* addImmersion();

  signals:
    // « Inscrire à une session… »: the main window opens the enrolment for her.
    void enrolRequested(qint64 personId);

  private:
    QWidget* buildObligations();
    QWidget* buildChecklist();
    QWidget* buildQualifications();
    QWidget* buildEvents();
    QWidget* buildImmersions();
    void fillObligations();
    void fillChecklist();
    void fillQualifications();
    void fillEvents();
    void fillImmersions();
    void removeSelected(QTableWidget* table);
    QDialog* track(QDialog* dialog);
    void updateButtons();

    AppContext& m_context;
    qint64 m_personId = 0;
    QLabel* m_unsavedHint;
    QWidget* m_body;
    QTableWidget* m_obligations = nullptr;
    QLabel* m_checklistSummary = nullptr;
    QTableWidget* m_checklist = nullptr;
    QTableWidget* m_qualificationTable = nullptr;
    QTableWidget* m_eventTable = nullptr;
    QTableWidget* m_immersionTable = nullptr;
    QPushButton* m_enrol = nullptr;
    QList<QPushButton*> m_editButtons; // need a selected row
    QList<Qualification> m_qualifications;
    QList<CareerEvent> m_events;
    QList<Immersion> m_immersions;
};

} // namespace parcours
