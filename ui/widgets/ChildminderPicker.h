#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QTimer;

namespace parcours {

class ChildminderService;

// Finds one childminder by typing part of her name, commune or approval
// number; used to add a member to a MAM. Shows at most kLimit matches so it
// stays instant on a national register.
class ChildminderPicker : public QDialog
{
    Q_OBJECT
  public:
    static constexpr int kLimit = 50;

    ChildminderPicker(ChildminderService& service, QWidget* parent = nullptr);

    qint64 selectedId() const;
    QString selectedName() const; // "SURNAME First name", as MAM member lists show it

  private:
    void search();

    ChildminderService& m_service;
    QLineEdit* m_search;
    QListWidget* m_results;
    QTimer* m_debounce;
};

} // namespace parcours
