#pragma once

#include <QString>

class QWidget;

namespace parcours {

class AppContext;

// « Anonymiser… » of the childminder editor: asks for confirmation (saying
// what goes, what stays, and that it is final) through MessageBox, so tests
// answer it with MessageBox::setNextAnswer, then anonymises. Errors are shown.
// True when she was anonymised.
bool anonymiseChildminder(AppContext& context, QWidget* parent, qint64 childminderId,
                          const QString& displayName);

} // namespace parcours
