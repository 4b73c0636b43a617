#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Historique » tab of the childminder editor: every audited change to
// her record (who, when, which field, old and new value).
class HistoryTab : public QWidget
{
    Q_OBJECT
  public:
    explicit HistoryTab(AppContext& context, QWidget* parent = nullptr);
    // personId 0: a person not saved yet.
    void setPerson(qint64 personId);

  private:
    AppContext& m_context;
    qint64 m_personId = 0;
};

} // namespace parcours
