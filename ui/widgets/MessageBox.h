#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <functional>

namespace parcours {

// Every question and notice the application shows goes through here, so GUI
// tests can answer a prompt in advance (setNextAnswer) instead of blocking on
// a modal box, and check what the user would have read (shownTexts).
// Button labels are our own translated sentences: "Don't save" reads better
// than the platform's "Discard".
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

  public:
    enum Button {
        NoButton = 0,
        Ok = 1 << 0,
        Cancel = 1 << 1,
        Save = 1 << 2,
        Discard = 1 << 3,
        Reload = 1 << 4,
        ChooseOther = 1 << 5,
        CreateNew = 1 << 6,
        Quit = 1 << 7,
        Yes = 1 << 8,
        No = 1 << 9,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    static Button ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
                      Buttons buttons, Button defaultButton, const QString& details = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    // The one "unsaved changes" question of every editor: Save (runs `save`),
    // Discard or Cancel. Returns true when the editor may close.
    static bool confirmUnsaved(QWidget* parent, const QString& question, const std::function<bool()>& save);

    // Test seams. In test mode a box is never shown: the next queued answer is
    // returned, or the default button when none is queued.
    static void setTestMode(bool on);
    static void setNextAnswer(Button answer);
    static QStringList shownTexts();
    static void clearShownTexts();

    static QString label(Button button);

  private:
    static bool s_testMode;
    static QList<Button> s_answers;
    static QStringList s_shown;
};

} // namespace parcours

Q_DECLARE_OPERATORS_FOR_FLAGS(parcours::MessageBox::Buttons)
