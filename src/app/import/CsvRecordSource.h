#pragma once

#include "CsvTable.h"

namespace parcours {

// CSV records handed over one at a time, so that an import need not hold a
// national list whole (CsvFileReader) while a file already read for the
// wizard's preview is simply walked (CsvTableSource).
class CsvRecordSource
{
  public:
    virtual ~CsvRecordSource() = default;
    virtual const QStringList& header() const = 0;
    // The next record that is not blank; false after the last.
    virtual bool next(CsvRecord& record) = 0;
    // Back before the first record: a transaction that is retried reads the
    // list again from the start.
    virtual void rewind() = 0;
    // How many records to expect, for a progress bar; may be an estimate.
    virtual int expectedRecords() const = 0;
};

} // namespace parcours
