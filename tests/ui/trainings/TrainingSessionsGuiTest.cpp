// The Formations area driven as a coordinator does: a course, a session,
// enrolling a childminder with the picker, her attendance and hours.
#include "ChildminderPicker.h"
#include "DateLineEdit.h"
#include "MessageBox.h"
#include "TrainingCatalogueTab.h"
#include "TrainingCourseDialog.h"
#include "TrainingRepository.h"
#include "TrainingService.h"
#include "TrainingSessionDialog.h"
#include "TrainingSessionsTab.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <functional>

using namespace parcours;
using namespace parcours::testing;

namespace {
// Runs `answer` on the modal dialog of type T once it is up; a dialog still
// open 5 s later is rejected so a broken test fails instead of hanging.
template <typename T> void whenModal(std::function<void(T*)> answer)
{
    QTimer::singleShot(0, [answer] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            answer(dialog);
    });
    QTimer::singleShot(5000, [] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
}

void clickOk(QDialog* dialog, const QString& buttonsName)
{
    child<QDialogButtonBox>(dialog, buttonsName)->button(QDialogButtonBox::Ok)->click();
}

int rowOf(QTableWidget* table, const QString& text)
{
    for (int i = 0; i < table->rowCount(); ++i)
        if (table->item(i, 0)->text() == text)
            return i;
    return -1;
}
} // namespace

TEST_CASE("A coordinator creates a course and a session, enrols a childminder and records her attendance")
{
    auto context = emptyContext(); // 16/11/2026
    const SmallRegister r = fillSmallRegister(*context);
    TrainingCatalogueTab catalogue(*context);
    catalogue.show();

    // A course, through its dialog; a missing title keeps the dialog open.
    bool refused = false;
    whenModal<TrainingCourseDialog>([&](TrainingCourseDialog* dialog) {
        clickOk(dialog, QStringLiteral("courseButtons"));
        refused =
            dialog->isVisible() && !child<QLabel>(dialog, QStringLiteral("titleError"))->text().isEmpty();
        typeText(child<QLineEdit>(dialog, QStringLiteral("courseTitleEdit")),
                 QStringLiteral("Éveil musical"));
        auto* kind = child<QComboBox>(dialog, QStringLiteral("courseKindCombo"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("continuing")));
        child<QDoubleSpinBox>(dialog, QStringLiteral("courseHoursSpin"))->setValue(14);
        clickOk(dialog, QStringLiteral("courseButtons"));
    });
    child<QPushButton>(&catalogue, QStringLiteral("newCourseButton"))->click();
    CHECK(refused);
    auto* courses = catalogue.coursesTable();
    REQUIRE(courses->rowCount() == 1);
    CHECK(courses->item(0, 0)->text() == QStringLiteral("Éveil musical"));
    CHECK(courses->item(0, 1)->text() == trainingKindLabel(TrainingKind::Continuing));
    const qint64 courseId = catalogue.currentCourseId();
    REQUIRE(courseId > 0);

    // A session that took place this month; its hours come from the course.
    TrainingSessionsTab tab(*context);
    tab.show();
    whenModal<TrainingSessionDialog>([](TrainingSessionDialog* dialog) {
        auto* course = child<QComboBox>(dialog, QStringLiteral("sessionCourseCombo"));
        auto* start = child<DateLineEdit>(dialog, QStringLiteral("sessionStartEdit"));
        auto* end = child<DateLineEdit>(dialog, QStringLiteral("sessionEndEdit"));
        child<QDoubleSpinBox>(dialog, QStringLiteral("sessionHoursSpin"))->setValue(0);
        course->setCurrentIndex(1);
        start->clear();
        typeText(start, QStringLiteral("02/11/2026"));
        end->clear();
        typeText(end, QStringLiteral("03/11/2026"));
        child<QSpinBox>(dialog, QStringLiteral("sessionCapacitySpin"))->setValue(8);
        typeText(child<QLineEdit>(dialog, QStringLiteral("sessionPlaceEdit")), QStringLiteral("Verdun"));
        clickOk(dialog, QStringLiteral("sessionButtons"));
    });
    child<QPushButton>(&tab, QStringLiteral("newSessionButton"))->click();
    auto* sessions = tab.sessionsTable();
    REQUIRE(sessions->rowCount() == 1);
    const qint64 sessionId = tab.currentSessionId();
    REQUIRE(sessionId > 0);
    const auto stored = context->trainings().findSession(sessionId);
    REQUIRE(stored);
    CHECK(stored->courseId == courseId);
    CHECK(stored->startDate == QDate(2026, 11, 2));
    CHECK(stored->hours == 14);
    CHECK(stored->capacity == 8);
    CHECK(sessions->item(0, 6)->text() == QStringLiteral("0 / 8"));

    // Enrol Zoé Martin through the picker.
    whenModal<ChildminderPicker>([](ChildminderPicker* picker) {
        auto* search = picker->findChild<QLineEdit*>(QStringLiteral("pickerSearchEdit"));
        typeText(search, QStringLiteral("mart"));
        QTest::keyClick(search, Qt::Key_Return);
    });
    QSignalSpy changed(&tab, &TrainingSessionsTab::enrolmentChanged);
    child<QPushButton>(&tab, QStringLiteral("enrolButton"))->click();
    auto* people = tab.enrolmentsTable();
    REQUIRE(people->rowCount() == 1);
    CHECK(people->item(0, 0)->text() == QStringLiteral("MARTIN Zoé"));
    CHECK(people->item(0, 1)->data(Qt::UserRole).toString() == QStringLiteral("enrolled"));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == r.martin);
    CHECK(sessions->item(0, 6)->text() == QStringLiteral("1 / 8"));
    CHECK(TrainingService(*context).hoursSummary(r.martin).thisYear.continuing == 0);

    // She came for most of it: 10.5 h of the 14.
    people->selectRow(0);
    auto* hours = child<QDoubleSpinBox>(&tab, QStringLiteral("hoursDoneSpin"));
    REQUIRE(hours->isEnabled());
    CHECK(hours->value() == 14);
    hours->setValue(10.5);
    child<QPushButton>(&tab, QStringLiteral("attendButton"))->click();
    REQUIRE(people->rowCount() == 1);
    CHECK(people->item(0, 1)->data(Qt::UserRole).toString() == QStringLiteral("attended"));
    CHECK(people->item(0, 2)->text() == QStringLiteral("10,5"));
    CHECK(people->item(0, 3)->text() == QStringLiteral("16/11/2026"));
    const TrainingHoursSummary summary = TrainingService(*context).hoursSummary(r.martin);
    CHECK(summary.thisYear.continuing == 10.5);
    CHECK(summary.allTime.total() == 10.5);
    CHECK(changed.count() == 2);

    // Claire Durand enrols, then cancels: the reason is asked and kept.
    whenModal<ChildminderPicker>([](ChildminderPicker* picker) {
        auto* search = picker->findChild<QLineEdit*>(QStringLiteral("pickerSearchEdit"));
        typeText(search, QStringLiteral("durand"));
        QTest::keyClick(search, Qt::Key_Return);
    });
    child<QPushButton>(&tab, QStringLiteral("enrolButton"))->click();
    REQUIRE(people->rowCount() == 2);
    const int durand = rowOf(people, QStringLiteral("DURAND Claire"));
    REQUIRE(durand >= 0);
    people->selectRow(durand);
    auto* status = child<QComboBox>(&tab, QStringLiteral("statusCombo"));
    const int cancelled = status->findData(QStringLiteral("cancelled"));
    REQUIRE(cancelled >= 0);
    status->setCurrentIndex(cancelled);
    whenModal<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(QStringLiteral("Pas de remplaçante"));
        dialog->accept();
    });
    child<QPushButton>(&tab, QStringLiteral("applyStatusButton"))->click();
    const int row = rowOf(people, QStringLiteral("DURAND Claire"));
    CHECK(people->item(row, 1)->data(Qt::UserRole).toString() == QStringLiteral("cancelled"));
    CHECK(people->item(row, 5)->text() == QStringLiteral("Pas de remplaçante"));
    CHECK(sessions->item(0, 6)->text() == QStringLiteral("1 / 8"));
}

TEST_CASE("selectSession finds a session the filters hide")
{
    auto context = emptyContext();
    TrainingService service(*context);
    TrainingCourse course;
    course.title = QStringLiteral("Bloc 1");
    course.kind = TrainingKind::InitialBlock1;
    REQUIRE(service.saveCourse(course).isEmpty());
    TrainingSession old;
    old.courseId = course.id;
    old.startDate = QDate(2024, 3, 4);
    old.endDate = QDate(2024, 3, 8);
    old.hours = 30;
    REQUIRE(service.saveSession(old).isEmpty());
    TrainingSessionsTab tab(*context);
    auto* kind = child<QComboBox>(&tab, QStringLiteral("sessionKindCombo"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("continuing")));
    CHECK(tab.sessionsTable()->rowCount() == 0);
    REQUIRE(tab.selectSession(old.id));
    CHECK(tab.currentSessionId() == old.id);
    CHECK(kind->currentIndex() == 0);
    CHECK_FALSE(tab.selectSession(9999));
}
