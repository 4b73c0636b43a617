#include "BackupDialog.h"
#include "BackupService.h"
#include "BackupUi.h"
#include "ChildminderRepository.h"
#include "DatabaseFileError.h"
#include "MessageBox.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {
// The dialog saves this computer's settings: keep the user's own apart.
struct SettingsGuard
{
    QTemporaryDir dir;
    SettingsGuard()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        QSettings().remove(QStringLiteral("backup"));
    }
    ~SettingsGuard() { QSettings::setDefaultFormat(QSettings::NativeFormat); }
};
} // namespace

TEST_CASE("The backup dialog backs up now, lists and verifies", "[ui][backup]")
{
    SettingsGuard guard;
    MessageBox::setTestMode(true);
    MessageBox::clearShownTexts();
    QTemporaryDir dir;
    auto context = openSignedIn(dir.filePath(QStringLiteral("parcours.sqlite")));
    addPerson(*context, QStringLiteral("DUPONT"), QStringLiteral("Hélène"), QStringLiteral("55000"),
              QStringLiteral("Bar-le-Duc"));
    BackupDialog dialog(*context);
    CHECK(dialog.table()->rowCount() == 0);
    dialog.backupNow();
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 3)->text() == BackupDialog::tr("No"));
    CHECK(QDir(dir.filePath(QStringLiteral("sauvegardes/parcours"))).entryList(QDir::Files).size() == 1);
    MessageBox::clearShownTexts();
    dialog.verifySelected();
    REQUIRE(MessageBox::shownTexts().size() == 1);
    CHECK(MessageBox::shownTexts().front().contains(QStringLiteral("sound")));
}

TEST_CASE("A refused file is answered with the latest good backup, restored beside it", "[ui][backup]")
{
    SettingsGuard guard;
    MessageBox::setTestMode(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("parcours.sqlite"));
    {
        auto context = openSignedIn(path);
        addPerson(*context, QStringLiteral("NOËL"), QStringLiteral("Maëlle"), QStringLiteral("55200"),
                  QStringLiteral("Commercy"));
        BackupService(*context, BackupSettings::load()).backupNow(QStringLiteral("manuelle"));
    }
    // The file is then cut in half by a failed copy.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    REQUIRE(file.resize(whole.size() / 2));
    file.close();
    const DatabaseFileError error(DatabaseFileProblem::Truncated, QStringLiteral("tronquée"));
    MessageBox::setNextAnswer(MessageBox::Yes);
    const QString restored = BackupUi::offerRestore(nullptr, error, path, testClock());
    REQUIRE_FALSE(restored.isEmpty());
    CHECK(QFileInfo(restored).fileName().startsWith(QStringLiteral("parcours.restauree-")));
    CHECK(QFileInfo(path).size() == whole.size() / 2); // the damaged file is left as it was
    auto reopened = openSignedIn(restored);
    CHECK(reopened->childminders().count({}) == 1);
}
