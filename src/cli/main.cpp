// parcours-cli: every batch operation of Parcours Pro, scriptable.
// Exit codes: 0 ok, 1 usage, 2 bad input, 3 database error, 4 access denied
// (not signed in, wrong password, locked account, role). French by default.
#include "AccessDenied.h"
#include "AppContext.h"
#include "BackupSettings.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "DemoAccounts.h"
#include "DomainError.h"
#include "Logging.h"
#include "SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

using namespace parcours;

namespace {

void installTranslations(QCoreApplication& app)
{
    // French unless PARCOURS_LANG says otherwise (e.g. "en" for English output).
    const QString lang = qEnvironmentVariable("PARCOURS_LANG", QStringLiteral("fr"));
    const QLocale locale(lang);
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("parcours"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(ours);
}

// "survey summary" may draw charts for a PDF, and QtCharts needs a
// QApplication; every other command runs on a plain QCoreApplication.
bool needsGui(int argc, char* argv[])
{
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "survey") == 0 &&
            (qstrcmp(argv[i + 1], "summary") == 0 || qstrcmp(argv[i + 1], "letters") == 0))
            return true;
    // The person file PDF needs fonts (QGuiApplication); its JSON does not, but
    // the format may come from --out's extension, so the command decides.
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "person") == 0 && qstrcmp(argv[i + 1], "export") == 0)
            return true;
    return false;
}

QString usage()
{
    QString text = QCoreApplication::translate(
        "parcours-cli", "Usage: parcours-cli [--db FILE] [--user NAME] [--json] COMMAND [options]\n\n"
                        "Every command but init and demo signs in: --user NAME, with the password in "
                        "PARCOURS_PASSWORD or typed when asked.\n\nCommands:");
    for (const auto& c : cliCommands())
        text += QStringLiteral("\n  %1").arg(c.synopsis);
    text += QCoreApplication::translate(
        "parcours-cli",
        "\n\nExit codes: 0 success, 1 usage error, 2 bad input, 3 database error, 4 access denied.");
    return text;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        // No display needed: the PDF is drawn off screen.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Parcours Pro"));
    QCoreApplication::setApplicationName(QStringLiteral("parcours-pro"));
    installTranslations(app);
    // The backup folder chosen in the GUI also receives the backups made
    // before a migration by any command.
    BackupSettings::load().apply();

    QStringList args = app.arguments();
    // Find the command: the first one or two positional words that name one.
    const CliCommand* command = nullptr;
    for (int i = 1; i < args.size() && !command; ++i) {
        if (args[i].startsWith(QLatin1Char('-'))) {
            if (args[i] == QLatin1String("--db") || args[i] == QLatin1String("--user"))
                ++i; // skip its value
            continue;
        }
        for (const auto& c : cliCommands()) {
            const QStringList words = c.name.split(QLatin1Char(' '));
            if (args.mid(i, words.size()) == words) {
                command = &c;
                args.erase(args.begin() + i, args.begin() + i + words.size());
                break;
            }
        }
        if (!command) {
            CliContext::err(
                QCoreApplication::translate("parcours-cli", "Unknown command \"%1\".").arg(args[i]) +
                QLatin1Char('\n') + usage());
            return ExitUsage;
        }
    }
    const bool help = args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
    if (!command) {
        if (!help) {
            CliContext::err(usage());
            return ExitUsage;
        }
        CliContext::out(usage());
        return ExitOk;
    }
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("parcours-cli", "Database file (default: %1).")
                          .arg(AppContext::defaultDatabasePath()),
                      QCoreApplication::translate("parcours-cli", "FILE")});
    parser.addOption(
        {QStringLiteral("user"),
         QCoreApplication::translate("parcours-cli", "Sign in as NAME (password: PARCOURS_PASSWORD, "
                                                     "or typed when asked)."),
         QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("parcours-cli", "Machine-readable JSON output.")});
    parser.addOption(
        {QStringLiteral("verbose"), QCoreApplication::translate("parcours-cli", "Log progress on stderr.")});
    if (command->addOptions)
        command->addOptions(parser);
    if (help) {
        // The command's line, then every option it takes.
        parser.addHelpOption();
        const QString options = parser.helpText().section(QLatin1Char('\n'), 2);
        QString text = command->synopsis + QStringLiteral("\n\n") + options;
        if (command->name == QLatin1String("demo"))
            text +=
                QCoreApplication::translate("parcours-cli", "\nA new demo database gets one account per role "
                                                            "(login / password):\n%1\n")
                    .arg(DemoAccounts::describe());
        CliContext::out(text);
        return ExitOk;
    }
    if (!parser.parse(args)) {
        CliContext::err(parser.errorText() + QLatin1Char('\n') + command->synopsis);
        return ExitUsage;
    }
    setupCliLogging(parser.isSet(QStringLiteral("verbose")));

    static const SystemClock clock;
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : AppContext::defaultDatabasePath();
    CliContext context(db, parser.isSet(QStringLiteral("json")), clock);
    context.setUser(parser.value(QStringLiteral("user")));
    try {
        return command->run(context, parser, parser.positionalArguments());
    } catch (const AccessDenied& e) {
        CliContext::err(e.message());
        return ExitAccessDenied;
    } catch (const StorageError& e) {
        CliContext::err(e.message());
        return ExitDatabase;
    } catch (const DomainError& e) {
        CliContext::err(e.message());
        return ExitBadInput;
    }
}
