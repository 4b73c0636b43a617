// Paths a user takes that the other GUI tests did not walk: the first-run
// choice, the member picker, cancelling an import, the window at laptop
// sizes, and the editor's keyboard path.
#include "ChildminderContactsTab.h"
#include "ChildminderEditor.h"
#include "ChildminderPicker.h"
#include "CommuneDirectory.h"
#include "DatabaseOpener.h"
#include "FirstRunDialog.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MamEditor.h"
#include "MamListPage.h"
#include "MamService.h"
#include "MessageBox.h"
#include "RelayEditor.h"
#include "RelayListPage.h"
#include "RelayService.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
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

// The French translation, for checks on the real labels' widths.
struct FrenchUi
{
    QTranslator translator;
    FrenchUi()
    {
        REQUIRE(translator.load(QStringLiteral(":/i18n/parcours_fr.qm")));
        QApplication::installTranslator(&translator);
    }
    ~FrenchUi() { QApplication::removeTranslator(&translator); }
};

bool chooseOnFirstRun(const QString& path, bool demo)
{
    whenModal<FirstRunDialog>([demo](FirstRunDialog* dialog) {
        dialog->findChild<QRadioButton*>(demo ? QStringLiteral("demoRadio") : QStringLiteral("emptyRadio"))
            ->click();
        dialog->findChild<QPushButton*>(QStringLiteral("startButton"))->click();
    });
    return FirstRunDialog::prepare(path, testClock());
}
// Every form label with a buddy has an accelerator, and that accelerator puts
// the focus in the field itself rather than in the box that stacks it with its
// error message. Returns how many labels were checked.
int labelsReachingFields(QWidget* dialog)
{
    int count = 0;
    for (auto* form : dialog->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            auto* label = item ? qobject_cast<QLabel*>(item->widget()) : nullptr;
            // A read-only value (a QLabel field) needs no accelerator; a
            // disabled one (the Contacts tab of an unsaved person) takes no focus.
            if (!label || !label->buddy() || qobject_cast<QLabel*>(label->buddy()) ||
                !label->buddy()->isEnabled())
                continue;
            ++count;
            INFO(label->text().toStdString());
            CHECK(label->text().contains(QLatin1Char('&')));
            label->buddy()->setFocus(Qt::ShortcutFocusReason);
            QWidget* focused = dialog->focusWidget();
            REQUIRE(focused);
            CHECK(focused->focusPolicy() != Qt::NoFocus);
        }
    }
    return count;
}
// The order in which Tab visits the widgets named in `names`, from the first.
QStringList tabOrder(QWidget* dialog, const QStringList& names)
{
    QStringList order;
    QWidget* w = child<QWidget>(dialog, names.front());
    for (int i = 0; i < 200 && order.size() < names.size(); ++i, w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && names.contains(w->objectName()) &&
            !order.contains(w->objectName()))
            order.append(w->objectName());
    return order;
}
} // namespace

TEST_CASE("First run: the empty choice gives an empty database and the demo choice a full one")
{
    QTemporaryDir dir;
    const QString emptyPath = dir.filePath(QStringLiteral("vide.sqlite"));
    REQUIRE(chooseOnFirstRun(emptyPath, false));
    auto empty = DatabaseOpener::open(nullptr, emptyPath, testClock());
    REQUIRE(empty);
    CHECK(QFileInfo::exists(emptyPath));
    CHECK(ChildminderService(*empty).count({}) == 0);

    const QString demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(chooseOnFirstRun(demoPath, true));
    auto demo = DatabaseOpener::open(nullptr, demoPath, testClock());
    REQUIRE(demo);
    CHECK(ChildminderService(*demo).count({}) == FirstRunDialog::kDemoSize);
    CHECK_FALSE(RelayService(*demo).list().isEmpty());
}

TEST_CASE("First run: Quit creates no file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jamais.sqlite"));
    whenModal<FirstRunDialog>([](FirstRunDialog* dialog) { dialog->reject(); });
    CHECK_FALSE(FirstRunDialog::prepare(path, testClock()));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("The MAM member picker finds a person by name and Enter adds her at once")
{
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.showPage(MainWindow::MamIndex);
    window.mamList()->openEditor(0);
    auto* editor = window.findChild<MamEditor*>();
    REQUIRE(editor);

    // Enter comes before the search pause is over: she still gets whom she typed.
    whenModal<ChildminderPicker>([](ChildminderPicker* picker) {
        auto* search = picker->findChild<QLineEdit*>(QStringLiteral("pickerSearchEdit"));
        typeText(search, QStringLiteral("mart"));
        QTest::keyClick(search, Qt::Key_Return);
    });
    child<QPushButton>(editor, QStringLiteral("addMemberButton"))->click();
    auto* members = editor->memberTable();
    REQUIRE(members->rowCount() == 1);
    CHECK(members->item(0, 0)->text() == QStringLiteral("MARTIN Zoé"));
    CHECK(members->item(0, 0)->data(Qt::UserRole).toLongLong() == r.martin);
    CHECK(members->item(0, 1)->text() == QStringLiteral("16/11/2026"));

    // Cancel adds nobody.
    whenModal<ChildminderPicker>([](ChildminderPicker* picker) { picker->reject(); });
    child<QPushButton>(editor, QStringLiteral("addMemberButton"))->click();
    CHECK(members->rowCount() == 1);
}

TEST_CASE("Cancelling the import wizard after the check writes nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liste.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;Pr\xC3\xA9nom;N\xC3\xA9(e) "
               "le;CP;Ville\r\nNO\xC3\x8BL;Ma\xC3\xABlle;21/06/1990;55200;Commercy\r\n");
    file.close();
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    QPointer<ImportWizard> wizard = window.startImport();
    child<QLineEdit>(wizard, QStringLiteral("importPathEdit"))->setText(path);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::MappingPage);
    wizard->next();
    REQUIRE(wizard->currentId() == ImportWizard::DryRunPage);

    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK_FALSE(wizard->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(wizard.isNull());
    CHECK(ChildminderService(window.context()).count({}) == 3);
}

TEST_CASE("In French the main window fits 1280 by 800 and 1366 by 768 screens on every page")
{
    FrenchUi french;
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    for (const auto page : {MainWindow::DashboardIndex, MainWindow::ChildminderIndex, MainWindow::RelayIndex,
                            MainWindow::MamIndex}) {
        window.showPage(page);
        QApplication::processEvents();
        // 768 px less a taskbar and a title bar; 1280 px wide.
        window.resize(1280, 690);
        QApplication::processEvents();
        INFO("page " << int(page));
        CHECK(window.width() <= 1280);
        CHECK(window.height() <= 690);
    }
}

TEST_CASE("The editor's labels reach their fields from the keyboard, and Tab goes down each column")
{
    FrenchUi french;
    MainWindow window(emptyContext());
    ChildminderEditor* editor = window.openChildminder(0);
    CHECK(labelsReachingFields(editor) == 10);

    const QStringList expected{QStringLiteral("usageNameEdit"),     QStringLiteral("birthNameEdit"),
                               QStringLiteral("firstNameEdit"),     QStringLiteral("birthDateEdit"),
                               QStringLiteral("statusCombo"),       QStringLiteral("addressEdit"),
                               QStringLiteral("postalCodeEdit"),    QStringLiteral("communeCombo"),
                               QStringLiteral("phoneEdit"),         QStringLiteral("emailEdit"),
                               QStringLiteral("relayOverrideCombo")};
    CHECK(tabOrder(editor, expected) == expected);
}

TEST_CASE("The Contacts tab's labels reach their fields, and Tab goes down each column")
{
    FrenchUi french;
    auto context = emptyContext();
    const SmallRegister r = fillSmallRegister(*context);
    MainWindow window(std::move(context));
    ChildminderEditor* editor = window.openChildminder(r.martin);
    editor->tabs()->setCurrentWidget(editor->contactsTab());
    CHECK(labelsReachingFields(editor->contactsTab()) == 9);

    const QStringList expected{QStringLiteral("contactAtEdit"),         QStringLiteral("contactChannelCombo"),
                               QStringLiteral("contactDirectionCombo"), QStringLiteral("contactStaffEdit"),
                               QStringLiteral("contactDurationSpin"),   QStringLiteral("contactOutcomeCombo"),
                               QStringLiteral("topic_activityCheck"),   QStringLiteral("contactNotesEdit"),
                               QStringLiteral("followUpActionEdit"),    QStringLiteral("followUpDueEdit"),
                               QStringLiteral("followUpAssigneeEdit"),  QStringLiteral("logContactButton")};
    CHECK(tabOrder(editor, expected) == expected);
}

TEST_CASE("Escape in a MAM editor with changes asks first: cancel keeps it open, don't save drops them")
{
    auto context = emptyContext();
    fillSmallRegister(*context);
    MainWindow window(std::move(context));
    window.show();
    window.mamList()->openEditor(0);
    QPointer<MamEditor> editor = window.findChild<MamEditor*>();
    REQUIRE(editor);
    CHECK_FALSE(editor->isDirty());
    child<QLineEdit>(editor, QStringLiteral("mamNameEdit"))->setText(QStringLiteral("MAM Les Pitchouns"));
    CHECK(editor->isDirty());

    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(MessageBox::Cancel);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK(MessageBox::shownTexts().size() == 1);
    CHECK(editor->isVisible());
    MessageBox::setNextAnswer(MessageBox::Cancel);
    CHECK_FALSE(window.close()); // closing the application asks too
    CHECK(editor->isVisible());

    MessageBox::setNextAnswer(MessageBox::Discard);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK((editor.isNull() || !editor->isVisible()));
    CHECK(MamService(window.context()).list().isEmpty());
}

TEST_CASE("Closing a relay editor without changes asks nothing")
{
    MainWindow window(emptyContext());
    window.show();
    window.relayList()->openEditor(0);
    auto* editor = window.findChild<RelayEditor*>();
    REQUIRE(editor);
    MessageBox::clearShownTexts();
    editor->reject();
    CHECK(MessageBox::shownTexts().isEmpty());
    CHECK_FALSE(editor->isVisible());
}

TEST_CASE("The MAM and relay editors' labels and buttons have accelerators in French")
{
    FrenchUi french;
    auto context = emptyContext();
    MainWindow window(std::move(context));
    window.mamList()->openEditor(0);
    auto* mam = window.findChild<MamEditor*>();
    REQUIRE(mam);
    CHECK(labelsReachingFields(mam) == 3);
    const QStringList mamFields{QStringLiteral("mamNameEdit"),    QStringLiteral("addressEdit"),
                                QStringLiteral("postalCodeEdit"), QStringLiteral("communeCombo"),
                                QStringLiteral("memberTable"),    QStringLiteral("addMemberButton")};
    CHECK(tabOrder(mam, mamFields) == mamFields);
    window.relayList()->openEditor(0);
    auto* relay = window.findChild<RelayEditor*>();
    REQUIRE(relay);
    CHECK(labelsReachingFields(relay) == 2);
    for (QWidget* dialog : {static_cast<QWidget*>(mam), static_cast<QWidget*>(relay)})
        for (auto* button : dialog->findChildren<QPushButton*>())
            if (button->objectName() != QLatin1String("qt_dialogbuttonbox_cancel") &&
                !button->text().contains(QLatin1Char('&')) && button->text() != QStringLiteral("Annuler"))
                FAIL_CHECK("no accelerator on " << button->text().toStdString());
}
