#include "BenchSession.h"

#include "AppContext.h"
#include "AuthService.h"
#include "BenchDataset.h"
#include "BenchError.h"

namespace parcours::bench {

std::unique_ptr<AppContext> BenchSession::open(const QString& path, const Clock& clock)
{
    auto context = AppContext::openFile(path, clock);
    signIn(*context);
    return context;
}

void BenchSession::signIn(AppContext& context)
{
    const SignInResult result = AuthService(context).signIn(BenchDataset::login(), BenchDataset::password());
    if (!result.ok())
        throw BenchError(QStringLiteral("Sign-in as %1 refused on %2: %3")
                             .arg(BenchDataset::login(), context.databasePath(), result.message));
}

} // namespace parcours::bench
