#pragma once

#include <QString>

namespace parcours {

// One field that differs between the user's edit and the version someone else
// saved meanwhile, shown side by side so the user chooses which to keep.
struct FieldConflict
{
    QString key;   // stable field key ("usageName", "phone"...)
    QString label; // French through tr()
    QString mine;  // as the user typed it, ready to display
    QString theirs;
    bool changedByBoth = false; // both changed it since the file was read: a real clash
    bool keepMine = true;       // the suggested choice: the side that changed it (mine on a clash)
};

} // namespace parcours
