// "Test the connection" in the shared-server window runs off the GUI thread.

#include "ServerConnectionDialog.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace parcours;
using namespace parcours::testing;

namespace {
// Nothing listens on port 1 of this machine: the server refuses at once.
ServerSettings unreachableServer()
{
    ServerSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = 1;
    settings.database = QStringLiteral("parcours");
    settings.user = QStringLiteral("secretariat");
    settings.sslMode = QStringLiteral("disable");
    return settings;
}
} // namespace

TEST_CASE("Testing a server connection leaves the window answering and reports the failure in it")
{
    ServerConnectionDialog dialog(unreachableServer(), false, testClock());
    auto* button = child<QPushButton>(&dialog, QStringLiteral("testConnectionButton"));
    QSignalSpy finished(&dialog, &ServerConnectionDialog::testFinished);

    button->click();
    // Back at once, the attempt still running: no second test meanwhile.
    CHECK(dialog.isTesting());
    CHECK_FALSE(button->isEnabled());
    CHECK(finished.isEmpty());

    REQUIRE(finished.wait(20000));
    const QString message = finished.first().first().toString();
    CHECK_FALSE(message.isEmpty());
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("127.0.0.1")));
    CHECK(dialog.testResult() == message);
    CHECK_FALSE(dialog.isTesting());
    CHECK(button->isEnabled());
}

TEST_CASE("Closing the server window during a connection test waits for it, without a crash")
{
    auto dialog = std::make_unique<ServerConnectionDialog>(unreachableServer(), false, testClock());
    dialog->testConnection();
    CHECK(dialog->isTesting());
    dialog.reset();                    // the attempt finishes first, then the window goes
    QCoreApplication::processEvents(); // its "finished" news finds nobody: nothing happens
    SUCCEED("closed while testing");
}
