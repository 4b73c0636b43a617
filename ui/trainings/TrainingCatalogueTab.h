#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// The « Catalogue » tab of the Formations area: courses with their kind and
// organisation; new / edit course.
class TrainingCatalogueTab : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kPageSize = 1000;

    explicit TrainingCatalogueTab(AppContext& context, QWidget* parent = nullptr);

    void reload();
    qint64 currentCourseId() const;
    bool selectCourse(qint64 courseId);
    QTableWidget* coursesTable() const { return m_courses; }

  signals:
    // A course was added or changed: session lists may show its new title.
    void coursesChanged();

  private:
    void newCourse();
    void editCourse();

    AppContext& m_context;
    QTableWidget* m_courses;
    QCheckBox* m_showInactive;
    QLabel* m_count;
    QPushButton* m_edit;
};

} // namespace parcours
