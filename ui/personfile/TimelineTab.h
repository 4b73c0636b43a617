#pragma once

#include "PersonFileService.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// The « Chronologie » tab of the childminder editor: her whole timeline
// (agréments, trainings, exchanges, surveys, career, activities...), filtered
// by category, and « Imprimer la fiche… » which writes her file as a PDF.
class TimelineTab : public QWidget
{
    Q_OBJECT
  public:
    explicit TimelineTab(AppContext& context, QWidget* parent = nullptr);
    // personId 0: a person not saved yet.
    void setPerson(qint64 personId);
    // Reads her timeline again (after an enrolment, a contact...).
    void refresh();
    // The obligations and checklist printed in her file (wired by the window
    // to the training obligations use case).
    void setObligationsProvider(PersonFileService::ObligationsProvider provider);

    QTableWidget* table() const { return m_table; }

  private:
    QList<TimelineCategory> checkedCategories() const;
    void printFile();

    AppContext& m_context;
    PersonFileService m_files;
    qint64 m_personId = 0;
    QMap<TimelineCategory, QCheckBox*> m_filters;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_print;
};

} // namespace parcours
