#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace parcours {

class AppContext;

// What happens right after a database opens in the GUI: the first-coordinator
// form when it has no account yet, the sign-in form otherwise. Modal (the
// window needs a signed-in user before it can show anything).
class SignInFlow
{
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)

  public:
    // True once someone is signed in; false when the user cancelled.
    static bool signIn(QWidget* parent, AppContext& context);

    // Test seam: when set, signIn() applies this session without showing a
    // dialog (GUI tests that open files through the window).
    static void setTestSession(std::optional<Session> session);

    // Credentials given at start-up (PARCOURS_USER and PARCOURS_PASSWORD, as
    // for parcours-cli): the next signIn() tries them first, checked by
    // AuthService like the sign-in form does (failures count the same), and
    // shows the form only when they are wrong. Used once, then forgotten.
    static void setStartupCredentials(const QString& login, const QString& password);

  private:
    static std::optional<Session> s_testSession;
    static QString s_startupLogin;
    static QString s_startupPassword;
};

} // namespace parcours
