// parcours-screenshots DIR [--review]: builds the demo register in memory on
// a fixed date and seed, and saves the PNGs of docs/screenshots so they can
// be regenerated identically whenever the screens or the translation change.
// --review also saves every other screen (dialogs, wizard, error states) so a
// person can check layouts and translations without clicking through them.
#include "AppContext.h"
#include "AppSetup.h"
#include "ApprovalDecisionDialog.h"
#include "ChildminderApprovalsTab.h"
#include "ChildminderContactsTab.h"
#include "ChildminderEditor.h"
#include "ChildminderListModel.h"
#include "ChildminderListPage.h"
#include "DashboardPage.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "FirstRunDialog.h"
#include "FixedClock.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MamEditor.h"
#include "MamListPage.h"
#include "MamService.h"
#include "RelayEditor.h"
#include "RelayListPage.h"
#include "RelayService.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parcours;

namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool save(QWidget* widget, const QDir& dir, const QString& name)
{
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->show();
    settle();
    const QString path = dir.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stderr) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

// The file of someone the dashboard flags: she has an agrément history.
qint64 personWithHistory(MainWindow& window)
{
    for (const auto& alert : window.dashboard()->alerts())
        if (alert.childminderId > 0 && alert.date.isValid())
            return alert.childminderId;
    return window.childminderList()->model()->idAt(0);
}

bool reviewScreens(MainWindow& window, const QDir& dir, qint64 personId)
{
    bool ok = true;
    window.showPage(MainWindow::RelayIndex);
    ok &= save(&window, dir, QStringLiteral("review-relais.png"));
    window.relayList()->openEditor(RelayService(window.context()).list().front().id);
    ok &= save(window.findChild<RelayEditor*>(), dir, QStringLiteral("review-relais-fiche.png"));
    window.showPage(MainWindow::MamIndex);
    ok &= save(&window, dir, QStringLiteral("review-mam.png"));
    window.mamList()->openEditor(MamService(window.context()).list().front().id);
    ok &= save(window.findChild<MamEditor*>(), dir, QStringLiteral("review-mam-fiche.png"));

    ChildminderEditor* fresh = window.openChildminder(0);
    fresh->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("marie@"));
    fresh->findChild<QLineEdit*>(QStringLiteral("postalCodeEdit"))->setText(QStringLiteral("5510"));
    fresh->findChild<QLineEdit*>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("31/02/2001"));
    fresh->save();
    ok &= save(fresh, dir, QStringLiteral("review-fiche-erreurs.png"));
    ok &= save(window.openChildminder(personId), dir, QStringLiteral("review-fiche.png"));
    auto* editor = window.openChildminder(personId);
    editor->tabs()->setCurrentIndex(2);
    ok &= save(editor, dir, QStringLiteral("review-fiche-notes.png"));
    using Kind = ApprovalDecisionDialog::Kind;
    const QStringList names{QStringLiteral("premier"), QStringLiteral("renouvellement"),
                            QStringLiteral("modification"), QStringLiteral("suspension"),
                            QStringLiteral("retrait")};
    int i = 0;
    for (const Kind kind :
         {Kind::FirstGrant, Kind::Renewal, Kind::Modification, Kind::Suspension, Kind::Withdrawal}) {
        auto* dialog = editor->approvalsTab()->startDecision(kind);
        ok &= save(dialog, dir, QStringLiteral("review-decision-%1.png").arg(names.at(i++)));
        dialog->close();
    }

    FirstRunDialog first(
        QStringLiteral("/home/marie/.local/share/Parcours Pro/parcours-pro/parcours.sqlite"));
    ok &= save(&first, dir, QStringLiteral("review-premier-lancement.png"));
    ImportWizard* wizard = window.startImport();
    ok &= save(wizard, dir, QStringLiteral("review-import-1.png"));
    QTemporaryDir temp;
    const QString list = temp.filePath(QStringLiteral("liste-pmi.csv"));
    QFile file(list);
    file.open(QIODevice::WriteOnly);
    file.write(
        QStringEncoder(QStringEncoder::System)
            .encode(QStringLiteral(
                "Nom;Prénom;Né(e) le;CP;Commune;Tél.;N° d'agrément;Date 1er agrément;Fin de validité;"
                "Nb places;Observations\n"
                "NOËL;Maëlle;21/06/1990;55200;Commercy;0329910001;55-2021-930;10/05/2021;09/05/2026;2;\n"
                "BÉRARD;Zoé;30/01/1995;55400;Étain;;55-2023-903;01/02/2023;31/01/2028;4;RAS\n"
                "BOUCHÉ;Ségolène;03/10/1979;55400;Étain;;55-2017-905;01/03/2017;28/02/2027;quatre;\n"
                "CLÉMENT;Noëlle;22/12/1968;55600;Montmédy;;55-2014-902;01/01/2014;31/12/2028;9;\n")));
    file.close();
    wizard->findChild<QLineEdit*>(QStringLiteral("importPathEdit"))->setText(list);
    for (const QString& name : {QStringLiteral("review-import-2.png"), QStringLiteral("review-import-3.png"),
                                QStringLiteral("review-import-4.png")}) {
        wizard->next();
        ok &= save(wizard, dir, name);
    }
    return ok;
}
} // namespace

int main(int argc, char* argv[])
{
    // Offscreen unless told otherwise: no display needed, same pixels in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setUpApplication(app);
    const QStringList args = QApplication::arguments();
    const bool review = args.contains(QStringLiteral("--review"));
    QString target = QStringLiteral("docs/screenshots");
    for (const QString& arg : args.mid(1))
        if (!arg.startsWith(QStringLiteral("--")))
            target = arg;
    const QDir dir(target);
    if (!QDir().mkpath(dir.absolutePath()))
        return 2;

    const FixedClock clock(QDate(2026, 11, 16));
    auto context = AppContext::openInMemory(clock);
    DemoDataGenerator(context->childminders(), context->approvals(), context->relays(), context->mams(),
                      context->transactions(), context->clock(), context->rules())
        .generate(FirstRunDialog::kDemoSize, FirstRunDialog::kDemoSeed);
    DemoContactLog(context->childminders(), context->contacts(), context->transactions(), context->clock())
        .generate(FirstRunDialog::kDemoSeed);

    MainWindow window(std::move(context));
    window.resize(1280, 800);
    bool ok = true;
    window.showPage(MainWindow::DashboardIndex);
    ok &= save(&window, dir, QStringLiteral("tableau-de-bord.png"));
    window.showPage(MainWindow::ChildminderIndex);
    window.childminderList()->table()->selectRow(3);
    ok &= save(&window, dir, QStringLiteral("liste.png"));

    const qint64 id = personWithHistory(window);
    ChildminderEditor* editor = window.openChildminder(id);
    ok &= save(editor, dir, QStringLiteral("fiche.png"));
    editor->tabs()->setCurrentIndex(1);
    ok &= save(editor, dir, QStringLiteral("fiche-agrements.png"));
    editor->tabs()->setCurrentWidget(editor->contactsTab());
    ok &= save(editor, dir, QStringLiteral("fiche-contacts.png"));
    editor->close();

    if (review)
        ok &= reviewScreens(window, dir, id);
    return ok ? 0 : 1;
}
