#pragma once

#include "FieldError.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace parcours {

// The red sentences under form fields. A form creates one label per field
// name the app layer uses (usageName, email...), then hands every FieldErrors
// it gets back to show(); messages for fields without a label are returned so
// the form can show them in a general place instead of losing them.
class FieldErrorLabels
{
  public:
    // The label is named "<field>Error" so GUI tests can find it.
    QLabel* create(const QString& field, QWidget* parent = nullptr);
    FieldErrors show(const FieldErrors& errors);
    void clear();
    QLabel* label(const QString& field) const { return m_labels.value(field); }
    bool isEmpty() const;

    // A field with its error label underneath, as one widget for a form row.
    static QWidget* stack(QWidget* field, QLabel* error);
    static void styleAsError(QLabel* label);
    // Help text under a field: grey but still readable (a disabled label is
    // too pale for many screens and eyes).
    static void styleAsHint(QLabel* label);

  private:
    QHash<QString, QLabel*> m_labels;
};

} // namespace parcours
