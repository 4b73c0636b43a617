#include "AnonymiseAction.h"

#include "AnonymisationService.h"
#include "AppContext.h"
#include "DomainError.h"
#include "MessageBox.h"

#include <QCoreApplication>

namespace parcours {

bool anonymiseChildminder(AppContext& context, QWidget* parent, qint64 childminderId,
                          const QString& displayName)
{
    const QString title = QCoreApplication::translate("AnonymiseAction", "Anonymise a childminder");
    if (MessageBox::ask(parent, QMessageBox::Warning, title,
                        AnonymisationService::confirmationText(displayName),
                        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel) != MessageBox::Yes)
        return false;
    try {
        AnonymisationService(context).anonymise(childminderId);
    } catch (const DomainError& e) {
        MessageBox::warning(parent, title, e.message());
        return false;
    }
    MessageBox::information(parent, title,
                            QCoreApplication::translate("AnonymiseAction",
                                                        "Her personal data was removed. The file now "
                                                        "shows only what the statistics need."));
    return true;
}

} // namespace parcours
