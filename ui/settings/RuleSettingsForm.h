#pragma once

#include "RuleSettings.h"

#include <QList>
#include <QWidget>

class QSpinBox;

namespace parcours {

// The « Règles » tab of the settings: every regulatory figure the rules use
// (agrément, capacity, training and career deadlines, isolation watch), with
// the defaults of docs/domain.md, so a département can follow a change in the
// law without a new version. The annual-survey reminders have their own tab.
class RuleSettingsForm : public QWidget
{
    Q_OBJECT
  public:
    explicit RuleSettingsForm(const RuleSettings& rules, QWidget* parent = nullptr);

    // Copies the figures typed into `rules`, leaving its other fields alone.
    void apply(RuleSettings& rules) const;
    // Puts back the defaults of docs/domain.md (not saved until the dialog is).
    void restoreDefaults();

  private:
    struct Field
    {
        int RuleSettings::*member;
        QSpinBox* box;
    };
    void load(const RuleSettings& rules);

    QList<Field> m_fields;
};

} // namespace parcours
