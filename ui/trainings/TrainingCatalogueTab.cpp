#include "TrainingCatalogueTab.h"

#include "AppContext.h"
#include "TrainingCourseDialog.h"
#include "TrainingRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QTableWidgetItem* item(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(it->flags() & ~Qt::ItemIsEditable);
    return it;
}
} // namespace

TrainingCatalogueTab::TrainingCatalogueTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_courses(new QTableWidget(0, 5, this)),
      m_showInactive(new QCheckBox(tr("Show &withdrawn courses"), this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingCatalogueTab"));
    m_courses->setObjectName(QStringLiteral("coursesTable"));
    m_courses->setHorizontalHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Organisation"), tr("Hours"), tr("Offered")});
    m_courses->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_courses->setSelectionMode(QAbstractItemView::SingleSelection);
    m_courses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_courses->verticalHeader()->hide();
    m_courses->horizontalHeader()->setStretchLastSection(true);
    m_showInactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_count->setObjectName(QStringLiteral("coursesCountLabel"));
    auto* newButton = new QPushButton(tr("&New course…"), this);
    newButton->setObjectName(QStringLiteral("newCourseButton"));
    m_edit = new QPushButton(tr("&Edit course…"), this);
    m_edit->setObjectName(QStringLiteral("editCourseButton"));
    connect(newButton, &QPushButton::clicked, this, &TrainingCatalogueTab::newCourse);
    connect(m_edit, &QPushButton::clicked, this, &TrainingCatalogueTab::editCourse);
    connect(m_courses, &QTableWidget::itemDoubleClicked, this, &TrainingCatalogueTab::editCourse);
    connect(m_courses, &QTableWidget::itemSelectionChanged, this,
            [this] { m_edit->setEnabled(currentCourseId() > 0); });
    connect(m_showInactive, &QCheckBox::toggled, this, &TrainingCatalogueTab::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_showInactive);
    layout->addWidget(m_courses, 1);
    layout->addLayout(buttons);
    reload();
}

void TrainingCatalogueTab::reload()
{
    const qint64 keep = currentCourseId();
    const bool activeOnly = !m_showInactive->isChecked();
    const auto courses = m_context.trainings().courses(activeOnly, 0, kPageSize);
    const int total = m_context.trainings().countCourses(activeOnly);
    m_courses->setRowCount(0);
    m_courses->setRowCount(int(courses.size()));
    for (int i = 0; i < courses.size(); ++i) {
        const auto& c = courses[i];
        auto* title = item(c.title);
        title->setData(Qt::UserRole, c.id);
        m_courses->setItem(i, 0, title);
        m_courses->setItem(i, 1, item(trainingKindLabel(c.kind)));
        m_courses->setItem(i, 2, item(c.organisationName));
        m_courses->setItem(i, 3, item(QLocale().toString(c.hours, 'g', 4)));
        m_courses->setItem(i, 4, item(c.active ? tr("yes") : tr("withdrawn")));
    }
    m_courses->resizeColumnsToContents();
    m_count->setText(total > courses.size()
                         ? tr("%1 courses, the first %2 shown.").arg(total).arg(courses.size())
                         : tr("%n course(s)", nullptr, total));
    if (!selectCourse(keep))
        m_edit->setEnabled(false);
}

qint64 TrainingCatalogueTab::currentCourseId() const
{
    const int row = m_courses->currentRow();
    if (row < 0 || m_courses->selectedItems().isEmpty())
        return 0;
    return m_courses->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool TrainingCatalogueTab::selectCourse(qint64 courseId)
{
    for (int i = 0; courseId > 0 && i < m_courses->rowCount(); ++i)
        if (m_courses->item(i, 0)->data(Qt::UserRole).toLongLong() == courseId) {
            m_courses->selectRow(i);
            return true;
        }
    return false;
}

void TrainingCatalogueTab::newCourse()
{
    TrainingCourseDialog dialog(m_context, TrainingCourse{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectCourse(dialog.course().id);
    emit coursesChanged();
}

void TrainingCatalogueTab::editCourse()
{
    const auto course = m_context.trainings().findCourse(currentCourseId());
    if (!course)
        return;
    TrainingCourseDialog dialog(m_context, *course, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit coursesChanged();
}

} // namespace parcours
