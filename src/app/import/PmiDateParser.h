#pragma once

#include <QDate>
#include <QString>

namespace parcours {

// Reads the dates found in PMI lists: "05/03/2024", "5/3/2024", "05/03/24",
// "05-03-2024", "05.03.2024", ISO "2024-03-05", each possibly followed by the
// " 00:00:00" Excel appends when a cell held a date-time; month names
// ("1er mars 2020", "01-mars-20", "01-Mar-2020"); and Excel serial day numbers
// ("45292" is 01/01/2024) left by a column formatted as a number.
class PmiDateParser
{
  public:
    enum class Outcome {
        Empty, // nothing in the cell
        Valid,
        Impossible, // looks like a date but is none (31/02/2024, month 13)
        NotADate,   // text
    };
    struct Result
    {
        Outcome outcome = Outcome::Empty;
        QDate date;
    };

    // Two-digit years are placed in the century that makes sense: for a date
    // that must be in the past (a birth date) the latest year not after
    // today; otherwise within twenty years from today, since an agrément may
    // end up to ten years ahead.
    static Result parse(const QString& text, bool mustBePast, QDate today);
};

} // namespace parcours
