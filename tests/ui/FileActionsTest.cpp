#include "AppContext.h"
#include "BackgroundTask.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "DatabaseOpener.h"
#include "DomainError.h"
#include "FileDialog.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("Export writes what the list shows, as CSV for Excel")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::ChildminderIndex);
    typeText(child<QLineEdit>(&window, QStringLiteral("searchEdit")), QStringLiteral("mar"));
    REQUIRE(QTest::qWaitFor([&] { return window.childminderList()->model()->rowCount() == 1; }, 2000));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liste"));
    FileDialog::setNextFileName(path);
    MessageBox::clearShownTexts();
    window.exportList();
    QFile file(path + QStringLiteral(".csv")); // the suffix is added for her
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // BOM: Excel reads UTF-8
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Martin")));
    CHECK_FALSE(text.contains(QStringLiteral("Lefèvre")));
    CHECK(MessageBox::shownTexts().size() == 1); // "exported" notice
}

TEST_CASE("A file that is not a database is explained, and giving up returns nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
    QFile junk(path);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();

    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(MessageBox::Cancel);
    CHECK(DatabaseOpener::open(nullptr, path, testClock()) == nullptr);
    REQUIRE(MessageBox::shownTexts().size() == 1);
    CHECK_FALSE(MessageBox::shownTexts().front().isEmpty());
}

TEST_CASE("New database refuses an existing file and opens a new one otherwise")
{
    QTemporaryDir dir;
    MainWindow window(emptyContext());
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("neuve")));
    const QString created = DatabaseOpener::chooseNew(&window);
    CHECK(created == dir.filePath(QStringLiteral("neuve.sqlite")));
    REQUIRE(window.setContext(DatabaseOpener::open(&window, created, testClock())));
    CHECK(window.windowTitle().contains(QStringLiteral("neuve.sqlite")));
    CHECK(child<QLabel>(&window, QStringLiteral("databaseLabel"))
              ->text()
              .contains(QStringLiteral("neuve.sqlite")));

    MessageBox::clearShownTexts();
    FileDialog::setNextFileName(created);
    CHECK(DatabaseOpener::chooseNew(&window).isEmpty());
    CHECK(MessageBox::shownTexts().size() == 1);
}

TEST_CASE("First run with demonstration data fills a new file off the GUI thread")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(FirstRunDialog::fillWithDemo(nullptr, path, testClock()));
    auto context = openSignedIn(path);
    CHECK(ChildminderService(*context).count({}) == FirstRunDialog::kDemoSize);
}

TEST_CASE("Errors thrown by background work reach the GUI thread")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("errors.sqlite"));
    bool caught = false;
    try {
        BackgroundTask::run(nullptr, QStringLiteral("…"), path, testClock(),
                            [](AppContext&, const BackgroundTask::Progress&) {
                                throw DomainError(QStringLiteral("disque plein"));
                            });
    } catch (const DomainError& error) {
        caught = error.message() == QStringLiteral("disque plein");
    }
    CHECK(caught);
}

TEST_CASE("Cancel in the progress dialog stops background work")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancel.sqlite"));
    int steps = 0;
    // Press Cancel once the dialog is up (it appears after a short delay).
    QTimer::singleShot(800, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* progress = qobject_cast<QProgressDialog*>(widget))
                if (auto* button = progress->findChild<QPushButton*>())
                    button->click();
    });
    const bool finished = BackgroundTask::run(nullptr, QStringLiteral("…"), path, testClock(),
                                              [&](AppContext&, const BackgroundTask::Progress& progress) {
                                                  for (steps = 0; steps < 1000; ++steps) {
                                                      if (!progress(steps, 1000))
                                                          return;
                                                      QThread::msleep(10);
                                                  }
                                              });
    CHECK_FALSE(finished);
    CHECK(steps < 1000);
}
