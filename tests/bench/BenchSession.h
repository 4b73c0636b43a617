#pragma once

#include <QString>
#include <memory>

namespace parcours {
class AppContext;
class Clock;
} // namespace parcours

namespace parcours::bench {

// Opens a database the way the front ends do (AppContext::openFile) and
// signs in as the bench's coordinator, checking the password like the
// sign-in form (Argon2id: ~1 s, never inside a timed section).
class BenchSession
{
  public:
    static std::unique_ptr<AppContext> open(const QString& path, const Clock& clock);
    // Signs in on an open context; throws BenchError when refused.
    static void signIn(AppContext& context);
};

} // namespace parcours::bench
