#include "SignInFlow.h"

#include "AppContext.h"
#include "AuthService.h"
#include "FirstCoordinatorDialog.h"
#include "LoginDialog.h"

namespace parcours {

std::optional<Session> SignInFlow::s_testSession;

void SignInFlow::setTestSession(std::optional<Session> session)
{
    s_testSession = std::move(session);
}

bool SignInFlow::signIn(QWidget* parent, AppContext& context)
{
    if (context.session().signedIn)
        return true;
    if (s_testSession) {
        context.setSession(*s_testSession);
        return context.session().signedIn;
    }
    if (AuthService(context).needsFirstCoordinator()) {
        FirstCoordinatorDialog dialog(context, parent);
        return dialog.exec() == QDialog::Accepted && context.session().signedIn;
    }
    LoginDialog dialog(context, parent);
    return dialog.exec() == QDialog::Accepted && context.session().signedIn;
}

} // namespace parcours
