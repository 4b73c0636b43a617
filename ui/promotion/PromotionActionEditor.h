#pragma once

#include "FieldErrorLabels.h"
#include "PromotionAction.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace parcours {

class AppContext;
class DateLineEdit;

// One promotion action: kind, title, date, place, audience, the RPE and the
// partners taking part (ticked in a list). "Save" writes and closes.
class PromotionActionEditor : public QDialog
{
    Q_OBJECT
  public:
    PromotionActionEditor(AppContext& context, qint64 id, QWidget* parent = nullptr);

    bool save();

  signals:
    void saved(qint64 id);

  private:
    void load(const PromotionAction& action);
    PromotionAction edited() const;

    AppContext& m_context;
    PromotionAction m_action;
    FieldErrorLabels m_errors;
    QComboBox* m_kind;
    QLineEdit* m_title;
    DateLineEdit* m_date;
    QLineEdit* m_place;
    QSpinBox* m_audience;
    QComboBox* m_relay;
    QListWidget* m_partners;
    QPlainTextEdit* m_notes;
    QLabel* m_prospects;
};

} // namespace parcours
