#pragma once

#include <QDate>
#include <QLineEdit>

namespace parcours {

// A date typed as dd/mm/yyyy that may be left empty — QDateEdit cannot be
// empty, and a birth date is often unknown when a prospect first calls. A
// calendar button opens a month view for those who prefer clicking.
class DateLineEdit : public QLineEdit
{
    Q_OBJECT
  public:
    explicit DateLineEdit(QWidget* parent = nullptr);

    // Null when empty or not a date.
    QDate date() const;
    void setDate(QDate date);
    // True when empty or a real date: what the form may save.
    bool isAcceptable() const;

    static QDate parse(const QString& text);

  private:
    void showCalendar();
};

} // namespace parcours
