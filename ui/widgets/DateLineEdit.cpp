#include "DateLineEdit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QIcon>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace parcours {

DateLineEdit::DateLineEdit(QWidget* parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setMaxLength(10);
    QAction* calendar = addAction(QIcon(QStringLiteral(":/icons/calendar.svg")), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose the date in a calendar"));
    connect(calendar, &QAction::triggered, this, &DateLineEdit::showCalendar);
}

QDate DateLineEdit::parse(const QString& text)
{
    // Staff type "5/3/1975", "05.03.1975" or "05-03-1975": accept them all.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

QDate DateLineEdit::date() const
{
    return parse(text());
}

void DateLineEdit::setDate(QDate date)
{
    setText(date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString());
}

bool DateLineEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateLineEdit::showCalendar()
{
    auto* popup = new QWidget(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setGridVisible(true);
    if (date().isValid())
        calendar->setSelectedDate(date());
    layout->addWidget(calendar);
    connect(calendar, &QCalendarWidget::clicked, this, [this, popup](QDate picked) {
        setDate(picked);
        emit textEdited(text());
        popup->close();
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
}

} // namespace parcours
