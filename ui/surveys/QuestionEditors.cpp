#include "QuestionEditors.h"

#include "DateLineEdit.h"
#include "SurveyResponse.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>

namespace parcours {

namespace {
QLineEdit* otherEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("otherEdit"));
    edit->setPlaceholderText(QuestionEditor::tr("Other: specify"));
    edit->setEnabled(false);
    return edit;
}
} // namespace

QString choiceButtonText(int index, const QString& label)
{
    QString text = label;
    text.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
    return index < 9 ? QStringLiteral("%1 – %2").arg(index + 1).arg(text) : text;
}

QuestionEditor::QuestionEditor(const Question& question, QWidget* parent)
    : QWidget(parent), m_question(question)
{
    setObjectName(QStringLiteral("question_%1").arg(question.code));
}

QuestionEditor* QuestionEditor::create(const Question& question, QWidget* parent)
{
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::YesNo:
    case QuestionType::Scale1To5:
        return new SingleChoiceEditor(question, parent);
    case QuestionType::MultipleChoice:
        return new MultipleChoiceEditor(question, parent);
    default:
        return new TextAnswerEditor(question, parent);
    }
}

ChoiceGroup::ChoiceGroup(const QList<Choice>& choices, Qt::Orientation orientation, QWidget* parent)
    : QFrame(parent), m_choices(choices), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("choiceGroup"));
    setProperty("choiceGroup", true); // styled by the form: a frame shows the focus
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Type the option's number to choose it; Delete clears the answer."));
    QBoxLayout* layout = orientation == Qt::Horizontal ? static_cast<QBoxLayout*>(new QHBoxLayout(this))
                                                       : new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(orientation == Qt::Horizontal ? 18 : 2);
    for (int i = 0; i < choices.size(); ++i) {
        auto* button = new QRadioButton(choiceButtonText(i, choices.at(i).label), this);
        button->setObjectName(QStringLiteral("choice_%1").arg(choices.at(i).code));
        // The frame is the Tab stop; a click still chooses, and focuses the frame.
        button->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(button, i);
        layout->addWidget(button);
    }
    if (orientation == Qt::Horizontal)
        layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        setFocus(Qt::MouseFocusReason);
        emit changed();
    });
}

QString ChoiceGroup::currentCode() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? m_choices.at(id).code : QString();
}

void ChoiceGroup::setCurrentCode(const QString& code)
{
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices.at(i).code == code) {
            m_group->button(i)->setChecked(true);
            return;
        }
    // An exclusive group cannot be unchecked directly.
    m_group->setExclusive(false);
    for (QAbstractButton* button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
}

void ChoiceGroup::select(int index)
{
    if (index < 0 || index >= m_choices.size())
        return;
    const QString before = currentCode();
    if (index >= 0)
        m_group->button(index)->setChecked(true);
    if (currentCode() != before)
        emit changed();
}

void ChoiceGroup::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) {
        QFrame::keyPressEvent(event);
        return;
    }
    // The digit row of a French keyboard gives "&é\"'(" without Shift: the
    // event's text does not help, the key code does.
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        select(key - Qt::Key_1);
        return;
    }
    const int current = m_group->checkedId();
    switch (key) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        select(current < 0 ? 0 : std::min(current + 1, count() - 1));
        return;
    case Qt::Key_Up:
    case Qt::Key_Left:
        select(current < 0 ? 0 : std::max(current - 1, 0));
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (current >= 0) {
            setCurrentCode(QString());
            emit changed();
        }
        return;
    default:
        break;
    }
    // Yes/no questions also answer to the initials "o"/"y" and "n".
    const QString text = event->text().toLower();
    if (m_choices.size() == 2 && m_choices.at(0).code == QLatin1String("Y")) {
        if (text == QLatin1String("o") || text == QLatin1String("y"))
            return select(0);
        if (text == QLatin1String("n"))
            return select(1);
    }
    QFrame::keyPressEvent(event);
}

SingleChoiceEditor::SingleChoiceEditor(const Question& question, QWidget* parent)
    : QuestionEditor(question, parent)
{
    QList<ChoiceGroup::Choice> choices;
    Qt::Orientation orientation = Qt::Vertical;
    if (question.type == QuestionType::YesNo) {
        choices = {{QStringLiteral("Y"), tr("Yes")}, {QStringLiteral("N"), tr("No")}};
        orientation = Qt::Horizontal;
    } else if (question.type == QuestionType::Scale1To5) {
        for (int i = 1; i <= 5; ++i)
            choices.append({QString::number(i), QString()});
        orientation = Qt::Horizontal;
    } else {
        for (const AnswerOption& option : question.options)
            choices.append({option.code, option.label});
        if (question.allowOther)
            choices.append({otherAnswerCode(), tr("Other")});
    }
    m_group = new ChoiceGroup(choices, orientation, this);
    if (question.type == QuestionType::Scale1To5)
        for (auto* button : m_group->findChildren<QRadioButton*>())
            button->setText(button->text().section(QLatin1Char(' '), 0, 0)); // just "1".."5"
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_group);
    if (question.allowOther) {
        m_other = otherEdit(this);
        layout->addWidget(m_other);
        connect(m_other, &QLineEdit::textEdited, this, &QuestionEditor::changed);
    }
    setFocusProxy(m_group);
    connect(m_group, &ChoiceGroup::changed, this, [this] {
        if (m_other)
            m_other->setEnabled(m_group->currentCode() == otherAnswerCode());
        emit changed();
    });
}

QStringList SingleChoiceEditor::values() const
{
    const QString code = m_group->currentCode();
    return code.isEmpty() ? QStringList() : QStringList{code};
}

QString SingleChoiceEditor::otherText() const
{
    return m_other && m_other->isEnabled() ? m_other->text().trimmed() : QString();
}

void SingleChoiceEditor::setAnswer(const QStringList& values, const QString& otherText)
{
    m_group->setCurrentCode(values.value(0));
    if (m_other) {
        m_other->setText(otherText);
        m_other->setEnabled(m_group->currentCode() == otherAnswerCode());
    }
}

MultipleChoiceEditor::MultipleChoiceEditor(const Question& question, QWidget* parent)
    : QuestionEditor(question, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    QList<AnswerOption> options = question.options;
    if (question.allowOther)
        options.append({otherAnswerCode(), tr("Other:"), 0});
    for (const AnswerOption& option : options) {
        QString text = option.label;
        auto* check = new QCheckBox(text.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        check->setObjectName(QStringLiteral("choice_%1").arg(option.code));
        check->setProperty("code", option.code);
        m_checks.append(check);
        connect(check, &QCheckBox::toggled, this, &QuestionEditor::changed);
        if (option.code != otherAnswerCode()) {
            layout->addWidget(check);
            continue;
        }
        m_other = otherEdit(this);
        auto* row = new QHBoxLayout;
        row->addWidget(check);
        row->addWidget(m_other, 1);
        layout->addLayout(row);
        connect(check, &QCheckBox::toggled, m_other, &QLineEdit::setEnabled);
        connect(m_other, &QLineEdit::textEdited, this, &QuestionEditor::changed);
    }
    if (!m_checks.isEmpty())
        setFocusProxy(m_checks.front());
}

QStringList MultipleChoiceEditor::values() const
{
    QStringList codes;
    for (const QCheckBox* check : m_checks)
        if (check->isChecked())
            codes.append(check->property("code").toString());
    return codes;
}

QString MultipleChoiceEditor::otherText() const
{
    return m_other && m_other->isEnabled() ? m_other->text().trimmed() : QString();
}

void MultipleChoiceEditor::setAnswer(const QStringList& values, const QString& otherText)
{
    for (QCheckBox* check : std::as_const(m_checks))
        check->setChecked(values.contains(check->property("code").toString()));
    if (m_other)
        m_other->setText(otherText);
}

TextAnswerEditor::TextAnswerEditor(const Question& question, QWidget* parent)
    : QuestionEditor(question, parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (question.type == QuestionType::LongText) {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true); // keyboard users leave with Tab
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &QuestionEditor::changed);
        m_field = edit;
        layout->addWidget(edit);
    } else {
        QLineEdit* edit = nullptr;
        if (question.type == QuestionType::Date) {
            edit = new DateLineEdit(this);
            layout->addWidget(edit);
            layout->addStretch(1);
        } else if (question.type == QuestionType::Number) {
            edit = new QLineEdit(this);
            // Digits with a decimal comma or point; empty stays allowed.
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^-?\\d{0,9}([.,]\\d{0,3})?$")), edit));
            edit->setMaximumWidth(120);
            layout->addWidget(edit);
            layout->addStretch(1);
        } else {
            edit = new QLineEdit(this);
            edit->setMaxLength(500);
            layout->addWidget(edit);
        }
        connect(edit, &QLineEdit::textChanged, this, &QuestionEditor::changed);
        m_field = edit;
    }
    m_field->setObjectName(QStringLiteral("answerEdit"));
    setFocusProxy(m_field);
}

QString TextAnswerEditor::text() const
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_field))
        return plain->toPlainText().trimmed();
    return static_cast<QLineEdit*>(m_field)->text().trimmed();
}

QStringList TextAnswerEditor::values() const
{
    const QString typed = text();
    if (typed.isEmpty())
        return {};
    if (question().type == QuestionType::Number) {
        QString number = typed;
        number.replace(QLatin1Char(','), QLatin1Char('.'));
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
        return {number};
    }
    if (question().type == QuestionType::Date) {
        const QDate date = DateLineEdit::parse(typed);
        return {date.isValid() ? date.toString(Qt::ISODate) : typed};
    }
    return {typed};
}

QString TextAnswerEditor::inputProblem() const
{
    if (question().type == QuestionType::Date && !text().isEmpty() && !DateLineEdit::parse(text()).isValid())
        return tr("Enter the date as dd/mm/yyyy, for example 15/03/2027.");
    return {};
}

void TextAnswerEditor::setAnswer(const QStringList& values, const QString&)
{
    QString value = values.value(0);
    if (question().type == QuestionType::Date) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            value = date.toString(QStringLiteral("dd/MM/yyyy"));
    } else if (question().type == QuestionType::Number) {
        value.replace(QLatin1Char('.'), QLatin1Char(','));
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(m_field))
        plain->setPlainText(value);
    else
        static_cast<QLineEdit*>(m_field)->setText(value);
}

} // namespace parcours
