#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace parcours {

// « 101–200 of 1 234 » with previous / next buttons, under the paged lists of
// the promotion area: the lists read one page at a time from SQL.
class PagerBar : public QWidget
{
    Q_OBJECT
  public:
    // `prefix` names the children: <prefix>PageLabel, <prefix>PreviousButton, <prefix>NextButton.
    PagerBar(const QString& prefix, int pageSize, QWidget* parent = nullptr);

    int offset() const { return m_offset; }
    int pageSize() const { return m_pageSize; }
    void reset() { m_offset = 0; }
    // After a page was read: `shown` rows of `total`.
    void setCounts(int shown, int total);

  signals:
    void pageChanged();

  private:
    int m_pageSize;
    int m_offset = 0;
    int m_total = 0;
    QLabel* m_label;
    QPushButton* m_previous;
    QPushButton* m_next;
};

} // namespace parcours
