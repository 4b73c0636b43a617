#pragma once

#include "ServerSettings.h"

namespace parcours {

// The shared server last connected to, in the user's settings (issue 6).
// Never the password: ~/.pgpass or the sign-in keeps it.
class ServerConnectionSettings
{
  public:
    static ServerSettings load();
    // Whether the application opens this server rather than the local file.
    static bool connectAtStartup();
    static void save(const ServerSettings& settings, bool atStartup);
};

} // namespace parcours
