#include "MessageBox.h"

#include <QCoreApplication>
#include <QHash>
#include <QPushButton>

namespace parcours {

bool MessageBox::s_testMode = false;
QList<MessageBox::Button> MessageBox::s_answers;
QStringList MessageBox::s_shown;

namespace {
constexpr MessageBox::Button kAllButtons[] = {
    MessageBox::Save, MessageBox::Reload,  MessageBox::ChooseOther, MessageBox::CreateNew, MessageBox::Yes,
    MessageBox::Ok,   MessageBox::Discard, MessageBox::No,          MessageBox::Quit,      MessageBox::Cancel,
};

// Roles place buttons where each platform expects them (Cancel last, etc.).
QMessageBox::ButtonRole roleOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
    case MessageBox::Save:
    case MessageBox::Yes:
        return QMessageBox::AcceptRole;
    case MessageBox::Discard:
        return QMessageBox::DestructiveRole;
    case MessageBox::Cancel:
    case MessageBox::Quit:
    case MessageBox::No:
        return QMessageBox::RejectRole;
    default:
        return QMessageBox::ActionRole;
    }
}
} // namespace

QString MessageBox::label(Button button)
{
    switch (button) {
    case Ok:
        return tr("OK");
    case Cancel:
        return tr("Cancel");
    case Save:
        return tr("Save");
    case Discard:
        return tr("Don't save");
    case Reload:
        return tr("Reload");
    case ChooseOther:
        return tr("Choose another file…");
    case CreateNew:
        return tr("Create a new database…");
    case Quit:
        return tr("Quit");
    case Yes:
        return tr("Yes");
    case No:
        return tr("No");
    case NoButton:
        break;
    }
    return {};
}

bool MessageBox::confirmUnsaved(QWidget* parent, const QString& question, const std::function<bool()>& save)
{
    const Button answer =
        ask(parent, QMessageBox::Question, tr("Unsaved changes"), question, Save | Discard | Cancel, Save);
    if (answer == Save)
        return save();
    return answer == Discard;
}

MessageBox::Button MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                   const QString& text, Buttons buttons, Button defaultButton,
                                   const QString& details)
{
    s_shown.append(text);
    if (s_testMode)
        return s_answers.isEmpty() ? defaultButton : s_answers.takeFirst();

    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setInformativeText(details);
    QHash<QAbstractButton*, Button> byWidget;
    for (const Button b : kAllButtons) {
        if (!buttons.testFlag(b))
            continue;
        QPushButton* push = box.addButton(label(b), roleOf(b));
        byWidget.insert(push, b);
        if (b == defaultButton)
            box.setDefaultButton(push);
        if (b == Cancel || (b == No && !buttons.testFlag(Cancel)))
            box.setEscapeButton(push);
    }
    box.exec();
    return byWidget.value(box.clickedButton(), buttons.testFlag(Cancel) ? Cancel : defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Information, title, text, Ok, Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Warning, title, text, Ok, Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    ask(parent, QMessageBox::Critical, title, text, Ok, Ok);
}

void MessageBox::setTestMode(bool on)
{
    s_testMode = on;
}
void MessageBox::setNextAnswer(Button answer)
{
    s_answers.append(answer);
}
QStringList MessageBox::shownTexts()
{
    return s_shown;
}
void MessageBox::clearShownTexts()
{
    s_shown.clear();
}

} // namespace parcours
