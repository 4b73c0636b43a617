#include "CareerPathTab.h"
#include "ChildminderEditor.h"
#include "EnrolInSessionDialog.h"
#include "MainWindow.h"
#include "Obligation.h"
#include "TrainingAreaPage.h"
#include "TrainingCourse.h"
#include "TrainingRepository.h"
#include "TrainingService.h"
#include "TrainingSessionsTab.h"
#include "UiTestSupport.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {

// The row of the « Parcours » table for one obligation, found by its label.
int obligationRow(QTableWidget* table, ObligationKind kind)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == obligationKindLabel(kind))
            return row;
    return -1;
}

} // namespace

TEST_CASE("From her career path a childminder is enrolled, her attendance recorded, and her hours and "
          "deadlines follow")
{
    auto context = emptyContext();
    // Martin: agrément from 01/07/2025, so the first 80 h were due by 31/12/2025 (today 16/11/2026).
    const SmallRegister r = fillSmallRegister(*context);
    TrainingService trainings(*context);
    TrainingCourse course;
    course.title = QStringLiteral("Formation initiale, bloc 1");
    course.kind = TrainingKind::InitialBlock1;
    course.hours = 30;
    REQUIRE(trainings.saveCourse(course).isEmpty());
    TrainingSession session;
    session.courseId = course.id;
    session.startDate = QDate(2026, 11, 16);
    session.endDate = QDate(2026, 11, 20);
    session.hours = 30;
    session.capacity = 12;
    session.place = QStringLiteral("Verdun");
    REQUIRE(trainings.saveSession(session).isEmpty());

    MainWindow window(std::move(context));
    window.show();
    ChildminderEditor* editor = window.openChildminder(r.martin);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    editor->tabs()->setCurrentWidget(editor->careerTab());
    auto* obligations = child<QTableWidget>(editor->careerTab(), QStringLiteral("obligationTable"));
    const int firstPart = obligationRow(obligations, ObligationKind::InitialFirstPart);
    REQUIRE(firstPart >= 0);
    CHECK(obligations->item(firstPart, 1)->data(Qt::UserRole).toString() == QStringLiteral("overdue"));
    CHECK(obligations->item(firstPart, 3)->text().startsWith(QStringLiteral("0 h")));

    // « Inscrire à une session… » offers the session; she is enrolled.
    QTest::mouseClick(child<QPushButton>(editor->careerTab(), QStringLiteral("enrolButton")), Qt::LeftButton);
    auto* dialog = editor->findChild<EnrolInSessionDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->sessionTable()->rowCount() == 1);
    dialog->sessionTable()->selectRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("confirmEnrolButton")), Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);
    AppContext& app = window.context();
    const auto enrolment = app.trainings().enrolmentOf(session.id, r.martin);
    REQUIRE(enrolment);
    CHECK(enrolment->status == EnrolmentStatus::Enrolled);

    // The session's page records her presence with the hours done.
    window.showPage(MainWindow::TrainingIndex);
    TrainingSessionsTab* sessions = window.trainingArea()->sessionsTab();
    window.trainingArea()->tabs()->setCurrentWidget(sessions);
    REQUIRE(sessions->selectSession(session.id));
    REQUIRE(sessions->enrolmentsTable()->rowCount() == 1);
    sessions->enrolmentsTable()->selectRow(0);
    child<QDoubleSpinBox>(sessions, QStringLiteral("hoursDoneSpin"))->setValue(30);
    QTest::mouseClick(child<QPushButton>(sessions, QStringLiteral("attendButton")), Qt::LeftButton);
    CHECK(app.trainings().enrolmentOf(session.id, r.martin)->status == EnrolmentStatus::Attended);
    CHECK(trainings.hoursSummary(r.martin).allTime.initialFirstPart == Approx(30));

    // Her open file follows without reopening: 30 of the 80 hours, still overdue.
    const int row = obligationRow(obligations, ObligationKind::InitialFirstPart);
    REQUIRE(row >= 0);
    CHECK(obligations->item(row, 3)->text().startsWith(QStringLiteral("30 h")));
    CHECK(obligations->item(row, 1)->data(Qt::UserRole).toString() == QStringLiteral("overdue"));

    // 50 more hours complete the first part: it is done.
    session.id = 0;
    session.version = 0;
    session.startDate = QDate(2026, 11, 2);
    session.endDate = QDate(2026, 11, 13);
    session.hours = 50;
    REQUIRE(trainings.saveSession(session).isEmpty());
    REQUIRE(trainings.enrol(session.id, r.martin).isEmpty());
    const auto second = app.trainings().enrolmentOf(session.id, r.martin);
    REQUIRE(second);
    REQUIRE(trainings.recordAttendance(second->id).isEmpty());
    editor->careerTab()->refresh();
    const int done = obligationRow(obligations, ObligationKind::InitialFirstPart);
    CHECK(obligations->item(done, 1)->data(Qt::UserRole).toString() == QStringLiteral("done"));
    editor->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}
