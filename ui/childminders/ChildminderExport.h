#pragma once

#include "ChildminderQuery.h"

#include <QCoreApplication>

class QWidget;

namespace parcours {

class AppContext;

// Fichier > Exporter…: asks where to write, then exports the people the
// list currently shows (same filters and order) as CSV for Excel or JSON,
// off the GUI thread.
class ChildminderExport
{
    Q_DECLARE_TR_FUNCTIONS(ChildminderExport)

  public:
    // Returns the number of rows written, -1 when nothing was written
    // (cancelled or failed; the user has been told why).
    static int run(QWidget* parent, AppContext& context, const ChildminderQuery& query);
};

} // namespace parcours
