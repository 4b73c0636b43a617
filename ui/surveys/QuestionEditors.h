#pragma once

#include "Question.h"

#include <QFrame>
#include <QList>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLineEdit;

namespace parcours {

// The answer widget of one question of the response form. Values are what
// SurveyResponse stores (option codes, "Y"/"N", "1".."5", a plain number, an
// ISO date or the text); an empty list means "not answered".
class QuestionEditor : public QWidget
{
    Q_OBJECT
  public:
    QuestionEditor(const Question& question, QWidget* parent);

    const Question& question() const { return m_question; }
    virtual QStringList values() const = 0;
    // The "autre" text, when the question offers one.
    virtual QString otherText() const { return {}; }
    virtual void setAnswer(const QStringList& values, const QString& otherText) = 0;
    // What makes the typed text unreadable (a date such as 31/02/2026), or an
    // empty string. Checked by the form before the service sees the values.
    virtual QString inputProblem() const { return {}; }

    // Builds the editor that fits the question's type.
    static QuestionEditor* create(const Question& question, QWidget* parent);

  signals:
    void changed();

  private:
    Question m_question;
};

// One frame that takes focus as a whole and holds the options as radio
// buttons: keys 1..9 choose the n-th option, the arrows move, Delete clears.
// Used for single choices, yes/no and the 1-to-5 scale, so each question is a
// single Tab stop.
class ChoiceGroup : public QFrame
{
    Q_OBJECT
  public:
    struct Choice
    {
        QString code;
        QString label;
    };
    ChoiceGroup(const QList<Choice>& choices, Qt::Orientation orientation, QWidget* parent);

    QString currentCode() const;
    void setCurrentCode(const QString& code);
    int count() const { return int(m_choices.size()); }

  signals:
    void changed();

  protected:
    void keyPressEvent(QKeyEvent* event) override;

  private:
    void select(int index);

    QList<Choice> m_choices;
    QButtonGroup* m_group;
};

class SingleChoiceEditor : public QuestionEditor
{
    Q_OBJECT
  public:
    SingleChoiceEditor(const Question& question, QWidget* parent);
    QStringList values() const override;
    QString otherText() const override;
    void setAnswer(const QStringList& values, const QString& otherText) override;
    ChoiceGroup* group() const { return m_group; }

  private:
    ChoiceGroup* m_group;
    QLineEdit* m_other = nullptr;
};

class MultipleChoiceEditor : public QuestionEditor
{
    Q_OBJECT
  public:
    MultipleChoiceEditor(const Question& question, QWidget* parent);
    QStringList values() const override;
    QString otherText() const override;
    void setAnswer(const QStringList& values, const QString& otherText) override;

  private:
    QList<QCheckBox*> m_checks; // one per option, then "autre" when offered
    QLineEdit* m_other = nullptr;
};

// Number, date, short and long text.
class TextAnswerEditor : public QuestionEditor
{
    Q_OBJECT
  public:
    TextAnswerEditor(const Question& question, QWidget* parent);
    QStringList values() const override;
    void setAnswer(const QStringList& values, const QString& otherText) override;
    QString inputProblem() const override;

  private:
    QString text() const;
    QWidget* m_field;
};

// "1 – Oui": the digit that chooses it, then the label; '&' kept literal.
QString choiceButtonText(int index, const QString& label);

} // namespace parcours
