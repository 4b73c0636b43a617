#pragma once

#include <QList>
#include <QString>

namespace parcours {

// A validation problem on one field of a form. `field` is the form field's
// name (usageName, birthDate, email...) so the editor can show the message
// beside it; `message` is the French sentence to show.
struct FieldError
{
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

} // namespace parcours
