#include "FieldErrorLabels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parcours {

void FieldErrorLabels::styleAsError(QLabel* label)
{
    // Dark red stays readable on light themes and passes contrast checks.
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
}

void FieldErrorLabels::styleAsHint(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("color: #555555;"));
    label->setWordWrap(true);
}

QLabel* FieldErrorLabels::create(const QString& field, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Error"));
    styleAsError(label);
    label->hide();
    m_labels.insert(field, label);
    return label;
}

FieldErrors FieldErrorLabels::show(const FieldErrors& errors)
{
    clear();
    QHash<QString, QStringList> byField;
    FieldErrors unplaced;
    for (const auto& error : errors) {
        if (m_labels.contains(error.field))
            byField[error.field].append(error.message);
        else
            unplaced.append(error);
    }
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel* label = m_labels.value(it.key());
        label->setText(it.value().join(QLatin1Char('\n')));
        label->show();
    }
    return unplaced;
}

void FieldErrorLabels::clear()
{
    for (QLabel* label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
}

bool FieldErrorLabels::isEmpty() const
{
    for (const QLabel* label : m_labels)
        if (!label->text().isEmpty())
            return false;
    return true;
}

QWidget* FieldErrorLabels::stack(QWidget* field, QLabel* error)
{
    // Created inside the field's window: a parentless box would be a window of
    // its own, and moving the field into it would send the field to the end of
    // the Tab order.
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    // A form label's buddy is this box: its accelerator must reach the field.
    box->setFocusProxy(field);
    return box;
}

} // namespace parcours
