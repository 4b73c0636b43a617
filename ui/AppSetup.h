#pragma once

class QApplication;

namespace parcours {

// Names, version and the French translation: what the application and the
// screenshot tool set up identically before showing anything.
void setUpApplication(QApplication& app);

} // namespace parcours
