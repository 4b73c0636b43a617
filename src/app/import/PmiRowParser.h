#pragma once

#include "ApprovalRules.h"
#include "CsvTable.h"
#include "PmiColumn.h"
#include "PmiRow.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace parcours {

class CommuneDirectory;

// Turns one record of a PMI list into a PmiRow: cleans and checks each cell,
// resolves the commune, normalises the phone. Everything it says is a
// translated sentence naming the column as the file titles it, so the user
// can find and fix the cell.
class PmiRowParser
{
  public:
    // `today` places two-digit birth years in the past. `communes` defaults to
    // the built-in reference data.
    PmiRowParser(QStringList header, QHash<int, PmiColumn> mapping, const RuleSettings& settings, QDate today,
                 const CommuneDirectory* communes = nullptr);

    PmiRow parse(const CsvRecord& record) const;

  private:
    struct Cell
    {
        QString text; // trimmed; empty for placeholders like "-" or "néant"
        int column = -1;
    };
    Cell cell(const CsvRecord& record, PmiColumn kind) const;
    QString columnName(int column) const;

    void readNames(const CsvRecord& record, PmiRow& row) const;
    void readDates(const CsvRecord& record, PmiRow& row) const;
    void readAddress(const CsvRecord& record, PmiRow& row) const;
    void readContact(const CsvRecord& record, PmiRow& row) const;
    void readApproval(const CsvRecord& record, PmiRow& row) const;
    QDate readDate(const Cell& cell, bool mustBePast, PmiRow& row) const;

    QStringList m_header;
    QHash<int, PmiColumn> m_mapping;
    QList<int> m_orderedColumns; // mapping keys in file order
    ApprovalRules m_rules;
    QDate m_today;
    const CommuneDirectory& m_communes;
};

} // namespace parcours
