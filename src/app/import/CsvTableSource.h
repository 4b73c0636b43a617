#pragma once

#include "CsvRecordSource.h"

namespace parcours {

// The records of a CSV file already read whole (CsvReader).
class CsvTableSource final : public CsvRecordSource
{
  public:
    explicit CsvTableSource(const CsvTable& table) : m_table(table) {}

    const QStringList& header() const override { return m_table.header; }
    bool next(CsvRecord& record) override
    {
        if (m_next >= m_table.records.size())
            return false;
        record = m_table.records.at(m_next++);
        return true;
    }
    void rewind() override { m_next = 0; }
    int expectedRecords() const override { return int(m_table.records.size()); }

  private:
    const CsvTable& m_table;
    qsizetype m_next = 0;
};

} // namespace parcours
