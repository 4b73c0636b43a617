#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace parcours {

class AppContext;
class AuditLogModel;
class DateLineEdit;

// Outils > « Journal d'audit… » (issue 5): the audit trail for coordinators,
// filtered by user, action, record type, dates and text, read a page at a
// time; « Vérifier la chaîne » and « Purger… » (with confirmation).
class AuditDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit AuditDialog(AppContext& context, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    // Slots the buttons call, public for tests.
    void applyFilters();
    void verifyChain();
    void purge();

  private:
    AppContext& m_context;
    QLineEdit* m_user;
    QComboBox* m_action;
    QComboBox* m_entity;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QLineEdit* m_text;
    QTableView* m_view;
    QLabel* m_status;
    AuditLogModel* m_model;
};

} // namespace parcours
