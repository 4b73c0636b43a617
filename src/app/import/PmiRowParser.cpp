#include "PmiRowParser.h"

#include "CommuneDirectory.h"
#include "EmailAddress.h"
#include "PhoneNumber.h"
#include "PmiDateParser.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace parcours {

namespace {

// What staff type in a cell that has nothing to say. Treating these as empty
// keeps "-" in the email column from rejecting an otherwise good line.
bool isPlaceholder(const QString& text)
{
    static const QStringList placeholders = {
        QStringLiteral(""),
        QStringLiteral("neant"),
        QStringLiteral("aucun"),
        QStringLiteral("aucune"),
        QStringLiteral("nc"),
        QStringLiteral("n c"),
        QStringLiteral("non communique"),
        QStringLiteral("inconnu"),
    };
    const QString folded = foldForMatching(text);
    return placeholders.contains(folded);
}

// Excel drops the leading zero of postal codes it takes for numbers (01000 -> 1000).
QString cleanPostalCode(const QString& text)
{
    QString digits = text;
    digits.remove(QLatin1Char(' '));
    if (digits.size() == 4 && std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        digits.prepend(QLatin1Char('0'));
    return digits;
}

} // namespace

PmiRowParser::PmiRowParser(QStringList header, QHash<int, PmiColumn> mapping, const RuleSettings& settings,
                           QDate today, const CommuneDirectory* communes)
    : m_header(std::move(header)), m_mapping(std::move(mapping)), m_rules(settings), m_today(today),
      m_communes(communes ? *communes : CommuneDirectory::builtin())
{
    m_orderedColumns = m_mapping.keys();
    std::sort(m_orderedColumns.begin(), m_orderedColumns.end());
}

PmiRowParser::Cell PmiRowParser::cell(const CsvRecord& record, PmiColumn kind) const
{
    // Several columns may carry one kind (the wizard allows it): the first
    // non-empty one in file order wins.
    for (int column : m_orderedColumns) {
        if (m_mapping.value(column) != kind || column >= record.fields.size())
            continue;
        const QString text = record.fields.at(column).trimmed();
        if (!isPlaceholder(text))
            return {text, column};
    }
    return {};
}

QString PmiRowParser::columnName(int column) const
{
    const QString name = column < m_header.size() ? m_header.at(column).simplified() : QString();
    return name.isEmpty() ? QCoreApplication::translate("PmiRowParser", "column %1").arg(column + 1) : name;
}

PmiRow PmiRowParser::parse(const CsvRecord& record) const
{
    PmiRow row;
    row.line = record.line;
    row.person.status = ChildminderStatus::Active; // she is on the PMI's list of licensed people
    readNames(record, row);
    readDates(record, row);
    readAddress(record, row);
    readContact(record, row);
    readApproval(record, row);
    return row;
}

void PmiRowParser::readNames(const CsvRecord& record, PmiRow& row) const
{
    const std::pair<PmiColumn, QString Childminder::*> names[] = {
        {PmiColumn::UsageName, &Childminder::usageName},
        {PmiColumn::BirthName, &Childminder::birthName},
        {PmiColumn::FirstName, &Childminder::firstName},
    };
    for (const auto& [kind, field] : names) {
        const Cell c = cell(record, kind);
        if (c.text.isEmpty())
            continue;
        row.person.*field = c.text.simplified();
        row.fields.insert(kind);
    }
    if (row.person.usageName.isEmpty() && row.person.birthName.isEmpty())
        row.rejections << QCoreApplication::translate(
            "PmiRowParser", "The line has no surname: neither a usage name nor a birth name.");
    else if (row.person.firstName.isEmpty())
        row.warnings << QCoreApplication::translate(
            "PmiRowParser", "The line has no first name; she may not be recognised on a later import.");
}

QDate PmiRowParser::readDate(const Cell& c, bool mustBePast, PmiRow& row) const
{
    const auto result = PmiDateParser::parse(c.text, mustBePast, m_today);
    switch (result.outcome) {
    case PmiDateParser::Outcome::Empty:
        return {};
    case PmiDateParser::Outcome::Impossible:
        row.rejections << QCoreApplication::translate("PmiRowParser",
                                                      "The date “%1” in column “%2” does not exist.")
                              .arg(c.text, columnName(c.column));
        return {};
    case PmiDateParser::Outcome::NotADate:
        row.rejections << QCoreApplication::translate(
                              "PmiRowParser", "“%1” in column “%2” is not a date; write it as dd/mm/yyyy.")
                              .arg(c.text, columnName(c.column));
        return {};
    case PmiDateParser::Outcome::Valid:
        break;
    }
    if (mustBePast && result.date > m_today) {
        row.rejections << QCoreApplication::translate("PmiRowParser",
                                                      "The date “%1” in column “%2” is in the future.")
                              .arg(c.text, columnName(c.column));
        return {};
    }
    return result.date;
}

void PmiRowParser::readDates(const CsvRecord& record, PmiRow& row) const
{
    const QDate birth = readDate(cell(record, PmiColumn::BirthDate), true, row);
    if (birth.isValid()) {
        row.person.birthDate = birth;
        row.fields.insert(PmiColumn::BirthDate);
    }
    const QDate start = readDate(cell(record, PmiColumn::ApprovalStart), false, row);
    if (start.isValid()) {
        row.approval.startDate = start;
        row.fields.insert(PmiColumn::ApprovalStart);
    }
    const QDate end = readDate(cell(record, PmiColumn::ApprovalEnd), false, row);
    if (end.isValid()) {
        row.approval.endDate = end;
        row.fields.insert(PmiColumn::ApprovalEnd);
    }
}

void PmiRowParser::readAddress(const CsvRecord& record, PmiRow& row) const
{
    // An address typed with Alt+Enter keeps its lines; blank lines and stray
    // spaces go.
    // "Adresse 1", "Adresse 2", "Complément": one line each, in file order.
    QStringList lines;
    for (int column : m_orderedColumns) {
        if (m_mapping.value(column) != PmiColumn::Address || column >= record.fields.size())
            continue;
        const QString text = record.fields.at(column).trimmed();
        if (isPlaceholder(text))
            continue;
        for (const QString& l : text.split(QLatin1Char('\n')))
            if (!l.simplified().isEmpty())
                lines << l.simplified();
    }
    if (!lines.isEmpty()) {
        row.person.address = lines.join(QLatin1Char('\n'));
        row.fields.insert(PmiColumn::Address);
    }

    const QString postalCode = cleanPostalCode(cell(record, PmiColumn::PostalCode).text);
    const QString communeName = cell(record, PmiColumn::Commune).text.simplified();
    if (!postalCode.isEmpty()) {
        row.person.postalCode = postalCode;
        row.fields.insert(PmiColumn::PostalCode);
    }
    if (postalCode.isEmpty() && communeName.isEmpty())
        return;
    const auto commune = m_communes.find(postalCode, communeName);
    if (!commune) {
        // Kept as typed: a misspelt commune is no reason to lose the person.
        row.person.communeName = communeName;
        if (!communeName.isEmpty()) {
            row.fields.insert(PmiColumn::Commune);
            row.warnings << QCoreApplication::translate(
                                "PmiRowParser",
                                "The commune “%1” is not in the reference list; it was kept as written.")
                                .arg(communeName);
        } else {
            row.warnings
                << QCoreApplication::translate(
                       "PmiRowParser",
                       "The postal code %1 does not designate a single commune; the commune is unknown.")
                       .arg(postalCode);
        }
        return;
    }
    row.person.inseeCode = commune->code;
    row.person.communeName = commune->name;
    row.fields.insert(PmiColumn::Commune);
    if (postalCode.isEmpty() && commune->postalCodes.size() == 1) {
        row.person.postalCode = commune->postalCodes.front();
        row.fields.insert(PmiColumn::PostalCode);
    } else if (!postalCode.isEmpty() && !commune->postalCodes.contains(postalCode)) {
        row.warnings << QCoreApplication::translate(
                            "PmiRowParser", "The postal code %1 does not serve %2 (%3); both were kept.")
                            .arg(postalCode, commune->name, commune->postalCodes.join(QStringLiteral(", ")));
    }
}

void PmiRowParser::readContact(const CsvRecord& record, PmiRow& row) const
{
    const Cell phone = cell(record, PmiColumn::Phone);
    if (!phone.text.isEmpty()) {
        if (const auto normalised = normalisePhone(phone.text)) {
            row.person.phone = *normalised;
        } else {
            row.person.phone = phone.text.simplified();
            row.warnings << QCoreApplication::translate(
                                "PmiRowParser",
                                "The phone number “%1” is not a French number; it was kept as written.")
                                .arg(row.person.phone);
        }
        row.fields.insert(PmiColumn::Phone);
    }
    const Cell email = cell(record, PmiColumn::Email);
    if (!email.text.isEmpty()) {
        if (isPlausibleEmail(email.text)) {
            row.person.email = email.text;
            row.fields.insert(PmiColumn::Email);
        } else {
            row.rejections << QCoreApplication::translate(
                                  "PmiRowParser", "The email address “%1” in column “%2” is malformed.")
                                  .arg(email.text, columnName(email.column));
        }
    }
}

void PmiRowParser::readApproval(const CsvRecord& record, PmiRow& row) const
{
    Approval& a = row.approval;
    const Cell number = cell(record, PmiColumn::ApprovalNumber);
    if (!number.text.isEmpty()) {
        a.number = number.text.simplified();
        row.fields.insert(PmiColumn::ApprovalNumber);
    }

    const Cell places = cell(record, PmiColumn::Places);
    if (!places.text.isEmpty()) {
        // "4", "4,0" (a number cell), "4 places".
        static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,3})(?:[.,]0+)?(?:\s*places?)?$)"),
                                                QRegularExpression::CaseInsensitiveOption);
        const auto m = pattern.match(places.text);
        const int count = m.hasMatch() ? m.captured(1).toInt() : -1;
        const int max = m_rules.maxPlaces(false);
        if (!m.hasMatch())
            row.rejections << QCoreApplication::translate(
                                  "PmiRowParser", "The number of places “%1” in column “%2” is not a number.")
                                  .arg(places.text, columnName(places.column));
        else if (count < 1)
            row.rejections
                << QCoreApplication::translate(
                       "PmiRowParser",
                       "The number of places in column “%1” is %2; an agrément allows at least one.")
                       .arg(columnName(places.column))
                       .arg(count);
        else if (count > max)
            row.rejections << QCoreApplication::translate(
                                  "PmiRowParser",
                                  "%1 places exceed the legal maximum of %2 children at once.")
                                  .arg(count)
                                  .arg(max);
        else {
            a.places = count;
            row.fields.insert(PmiColumn::Places);
        }
    }

    const Cell place = cell(record, PmiColumn::PlaceOfPractice);
    if (!place.text.isEmpty()) {
        const QString f = foldForMatching(place.text);
        const bool home = f.contains(QLatin1String("domicile"));
        // "MAM", "M.A.M.", "Maison d'assistants maternels".
        const bool mam = QString(f).remove(QLatin1Char(' ')).contains(QLatin1String("mam")) ||
                         f.contains(QLatin1String("maison d assistant"));
        if (home || mam) {
            a.placeOfPractice = home && mam ? PlaceOfPractice::HomeAndMam
                                : mam       ? PlaceOfPractice::Mam
                                            : PlaceOfPractice::Home;
            row.fields.insert(PmiColumn::PlaceOfPractice);
        } else {
            row.warnings << QCoreApplication::translate(
                                "PmiRowParser",
                                "The place of practice “%1” is neither Domicile, MAM nor Domicile et MAM; "
                                "it was ignored.")
                                .arg(place.text);
        }
    }

    row.relayName = cell(record, PmiColumn::Relay).text.simplified();
    if (!row.relayName.isEmpty())
        row.fields.insert(PmiColumn::Relay);

    row.hasApproval = !a.number.isEmpty() || a.startDate.isValid() || a.endDate.isValid();
    if (!a.endDate.isValid() && a.startDate.isValid()) {
        // The PMI lists often omit the end; a first grant runs a fixed term.
        a.endDate = m_rules.validityEnd(a.startDate, false, {});
        row.approvalEndComputed = true;
    }
    if (a.startDate.isValid() && a.endDate.isValid() && a.endDate < a.startDate)
        row.warnings << QCoreApplication::translate("PmiRowParser",
                                                    "The agrément ends on %1, before it starts on %2.")
                            .arg(QLocale().toString(a.endDate, QLocale::ShortFormat),
                                 QLocale().toString(a.startDate, QLocale::ShortFormat));
}

} // namespace parcours
