#include "SignInFlow.h"

#include "AppContext.h"
#include "AuthService.h"
#include "DomainError.h"
#include "FirstCoordinatorDialog.h"
#include "LoginDialog.h"

#include <utility>

namespace parcours {

std::optional<Session> SignInFlow::s_testSession;
QString SignInFlow::s_startupLogin;
QString SignInFlow::s_startupPassword;

void SignInFlow::setStartupCredentials(const QString& login, const QString& password)
{
    s_startupLogin = login;
    s_startupPassword = password;
}

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
    if (!s_startupLogin.isEmpty()) {
        const QString login = std::exchange(s_startupLogin, QString());
        const QString password = std::exchange(s_startupPassword, QString());
        try {
            if (!AuthService(context).needsFirstCoordinator() &&
                AuthService(context).signIn(login, password).ok())
                return true;
        } catch (const DomainError&) {
            // The form below says what is wrong when she tries again.
        }
    }
    if (AuthService(context).needsFirstCoordinator()) {
        FirstCoordinatorDialog dialog(context, parent);
        return dialog.exec() == QDialog::Accepted && context.session().signedIn;
    }
    LoginDialog dialog(context, parent);
    return dialog.exec() == QDialog::Accepted && context.session().signedIn;
}

} // namespace parcours
