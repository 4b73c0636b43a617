#include "QuestionnaireForm.h"

#include "FieldErrorLabels.h"
#include "QuestionEditors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parcours {

namespace {
QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // never HTML, whatever the import brought
    label->setText(text);
    label->setWordWrap(true);
    return label;
}

QString valueLabel(const Question& question, const QString& value, const QString& otherText)
{
    if (value == otherAnswerCode())
        return otherText.isEmpty() ? QuestionnaireForm::tr("other")
                                   : QuestionnaireForm::tr("other: %1").arg(otherText);
    for (const AnswerOption& option : question.options)
        if (option.code == value)
            return option.label;
    if (question.type == QuestionType::YesNo)
        return value == QLatin1String("Y") ? QuestionnaireForm::tr("yes") : QuestionnaireForm::tr("no");
    if (question.type == QuestionType::Date) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            return date.toString(QStringLiteral("dd/MM/yyyy"));
    }
    if (question.type == QuestionType::Number)
        return QString(value).replace(QLatin1Char('.'), QLatin1Char(','));
    return value;
}
} // namespace

QuestionnaireForm::QuestionnaireForm(const QuestionnaireTemplate& questionnaire,
                                     const std::optional<SurveyResponse>& lastYear, QWidget* parent)
    : QWidget(parent), m_questionnaire(questionnaire)
{
    setObjectName(QStringLiteral("questionnaireForm"));
    // The focused question shows a frame: radio groups have no caret to see.
    setStyleSheet(
        QStringLiteral("QFrame[choiceGroup=\"true\"] { border: 2px solid transparent; "
                       "border-radius: 4px; }"
                       "QFrame[choiceGroup=\"true\"]:focus { border: 2px solid palette(highlight); }"
                       "QLabel[role=\"sectionTitle\"] { font-size: 12pt; font-weight: 600; "
                       "margin-top: 10px; }"
                       "QLabel[role=\"questionText\"] { font-weight: 600; }"
                       "QLabel[role=\"lastYear\"] { color: #5f6368; font-style: italic; }"));
    if (lastYear)
        m_shownLastYear = questionnaire.visibleQuestionCodes(lastYear->answers);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    for (const QuestionnaireSection& section : questionnaire.sections) {
        QLabel* title = plainLabel(section.title, this);
        title->setProperty("role", QStringLiteral("sectionTitle"));
        layout->addWidget(title);
        for (const Question& question : section.questions)
            layout->addWidget(buildBlock(question, lastYear));
    }
    layout->addStretch(1);
    updateVisibility();
}

QWidget* QuestionnaireForm::buildBlock(const Question& question,
                                       const std::optional<SurveyResponse>& lastYear)
{
    auto* block = new QWidget(this);
    block->setObjectName(QStringLiteral("block_%1").arg(question.code));
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 6, 0, 2);
    layout->setSpacing(2);

    QLabel* text = plainLabel(question.required ? tr("%1 *").arg(question.text) : question.text, block);
    text->setProperty("role", QStringLiteral("questionText"));
    text->setObjectName(QStringLiteral("questionText"));
    if (question.required)
        text->setToolTip(tr("An answer is required."));
    layout->addWidget(text);
    if (!question.help.isEmpty()) {
        QLabel* help = plainLabel(question.help, block);
        help->setObjectName(QStringLiteral("questionHelp"));
        FieldErrorLabels::styleAsHint(help);
        layout->addWidget(help);
    }
    // Last year's answer; nothing for a question she was not asked then.
    if (lastYear && (lastYear->answers.contains(question.code) || m_shownLastYear.contains(question.code))) {
        QLabel* previous = plainLabel(previousAnswerText(question, *lastYear), block);
        previous->setObjectName(QStringLiteral("lastYearLabel"));
        previous->setProperty("role", QStringLiteral("lastYear"));
        layout->addWidget(previous);
    }
    Block entry;
    entry.widget = block;
    entry.editor = QuestionEditor::create(question, block);
    layout->addWidget(entry.editor);
    entry.error = plainLabel(QString(), block);
    entry.error->setObjectName(QStringLiteral("questionError"));
    FieldErrorLabels::styleAsError(entry.error);
    entry.error->hide();
    layout->addWidget(entry.error);
    text->setBuddy(entry.editor);
    m_blocks.insert(question.code, entry);
    connect(entry.editor, &QuestionEditor::changed, this, [this] {
        updateVisibility();
        emit changed();
    });
    return block;
}

QString QuestionnaireForm::previousAnswerText(const Question& question, const SurveyResponse& lastYear)
{
    const QStringList values = lastYear.answers.value(question.code);
    if (values.isEmpty())
        return tr("Last year: no answer");
    QStringList labels;
    for (const QString& value : values)
        labels.append(valueLabel(question, value, lastYear.otherTexts.value(question.code)));
    return tr("Last year: %1").arg(labels.join(QStringLiteral(", ")));
}

QHash<QString, QStringList> QuestionnaireForm::currentAnswers() const
{
    QHash<QString, QStringList> answers;
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        const QStringList values = it->editor->values();
        if (!values.isEmpty())
            answers.insert(it.key(), values);
    }
    return answers;
}

void QuestionnaireForm::updateVisibility()
{
    const QStringList visible = m_questionnaire.visibleQuestionCodes(currentAnswers());
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
        it->widget->setVisible(visible.contains(it.key()));
}

bool QuestionnaireForm::isShown(const QString& code) const
{
    const Block block = m_blocks.value(code);
    return block.widget && !block.widget->isHidden();
}

void QuestionnaireForm::readInto(SurveyResponse& response) const
{
    response.answers.clear();
    response.otherTexts.clear();
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        const QStringList values = it->editor->values();
        if (!values.isEmpty())
            response.answers.insert(it.key(), values);
        const QString other = it->editor->otherText();
        if (!other.isEmpty())
            response.otherTexts.insert(it.key(), other);
    }
}

void QuestionnaireForm::load(const SurveyResponse& response)
{
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
        const QSignalBlocker blocker(it->editor);
        it->editor->setAnswer(response.answers.value(it.key()), response.otherTexts.value(it.key()));
    }
    updateVisibility();
}

FieldErrors QuestionnaireForm::inputProblems() const
{
    FieldErrors problems;
    for (const Question& question : m_questionnaire.allQuestions()) {
        const Block block = m_blocks.value(question.code);
        if (!block.widget->isHidden() && !block.editor->inputProblem().isEmpty())
            problems.append({question.code, block.editor->inputProblem()});
    }
    return problems;
}

void QuestionnaireForm::clearErrors()
{
    for (const Block& block : std::as_const(m_blocks)) {
        block.error->clear();
        block.error->hide();
    }
}

FieldErrors QuestionnaireForm::showErrors(const FieldErrors& errors, QuestionEditor** first)
{
    clearErrors();
    FieldErrors unplaced;
    QuestionEditor* firstEditor = nullptr;
    for (const FieldError& error : errors) {
        const Block block = m_blocks.value(error.field);
        if (!block.error) {
            unplaced.append(error);
            continue;
        }
        const QString before = block.error->text();
        block.error->setText(before.isEmpty() ? error.message : before + QLatin1Char('\n') + error.message);
        block.error->show();
        if (!firstEditor)
            firstEditor = block.editor;
    }
    // The first in questionnaire order, whatever order the errors came in.
    for (const Question& question : m_questionnaire.allQuestions()) {
        const Block block = m_blocks.value(question.code);
        if (!block.error->isHidden()) {
            firstEditor = block.editor;
            break;
        }
    }
    if (first)
        *first = firstEditor;
    return unplaced;
}

} // namespace parcours
