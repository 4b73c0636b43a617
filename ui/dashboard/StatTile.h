#pragma once

#include <QFrame>

class QLabel;

namespace parcours {

// One key figure of the dashboard: a big number, what it counts, and a line
// of context underneath.
class StatTile : public QFrame
{
    Q_OBJECT
  public:
    StatTile(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& caption);
    QString value() const;

  private:
    QLabel* m_value;
    QLabel* m_caption;
};

} // namespace parcours
