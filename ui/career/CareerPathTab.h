#pragma once

#include <QWidget>

namespace parcours {

class AppContext;

// The « Parcours » tab of the childminder editor: obligations, deadlines, qualifications.
class CareerPathTab : public QWidget
{
    Q_OBJECT
  public:
    explicit CareerPathTab(AppContext& context, QWidget* parent = nullptr);
    // personId 0: a person not saved yet.
    void setPerson(qint64 personId);

  private:
    AppContext& m_context;
};

} // namespace parcours
