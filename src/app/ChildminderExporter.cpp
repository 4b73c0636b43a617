#include "ChildminderExporter.h"

#include "AppContext.h"
#include "AuditService.h"
#include "ChildminderJson.h"
#include "ChildminderRepository.h"
#include "CsvCell.h"
#include "DomainError.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace parcours {

namespace {
QString fr(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

class Cancelled
{
};
} // namespace

int ChildminderExporter::write(QIODevice& out, ExportFormat format, ChildminderQuery query,
                               const std::function<bool(int, int)>& progress)
{
    m_context.require(Permission::BulkExport);
    const int total = m_context.childminders().count(query);
    auto put = [&](const QByteArray& bytes) {
        if (out.write(bytes) != bytes.size())
            throw DomainError(
                QCoreApplication::translate("ChildminderExporter",
                                            "Writing the export failed: %1. Check the disk space.")
                    .arg(out.errorString()));
    };
    if (format == ExportFormat::Csv) {
        put(QByteArrayLiteral("\xEF\xBB\xBF"));
        put(csvLine({QCoreApplication::translate("ChildminderExporter", "Surname"),
                     QCoreApplication::translate("ChildminderExporter", "First name"),
                     QCoreApplication::translate("ChildminderExporter", "Birth date"),
                     QCoreApplication::translate("ChildminderExporter", "Postal code"),
                     QCoreApplication::translate("ChildminderExporter", "Commune"),
                     QCoreApplication::translate("ChildminderExporter", "Phone"),
                     QCoreApplication::translate("ChildminderExporter", "Relay"),
                     QCoreApplication::translate("ChildminderExporter", "Status"),
                     QCoreApplication::translate("ChildminderExporter", "Approval number"),
                     QCoreApplication::translate("ChildminderExporter", "End of validity"),
                     QCoreApplication::translate("ChildminderExporter", "Places")})
                .toUtf8());
    } else {
        put(QByteArrayLiteral("[\n"));
    }
    constexpr int kPage = 1000;
    query.limit = kPage;
    query.offset = 0;
    int written = 0;
    for (;;) {
        const auto rows = m_context.childminders().list(query);
        for (const auto& r : rows) {
            if (format == ExportFormat::Csv) {
                put(csvLine({r.surname, r.firstName, fr(r.birthDate), r.postalCode, r.communeName, r.phone,
                             r.relayName, statusLabel(r.status), r.approvalNumber, fr(r.approvalEnd),
                             r.places ? QString::number(r.places) : QString()})
                        .toUtf8());
            } else {
                put((written ? QByteArrayLiteral(",\n") : QByteArray()) +
                    QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact));
            }
            ++written;
        }
        if (progress && !progress(written, total))
            throw Cancelled{};
        if (rows.size() < kPage)
            break;
        query.offset += kPage;
    }
    if (format == ExportFormat::Json)
        put(QByteArrayLiteral("\n]\n"));
    return written;
}

int ChildminderExporter::exportTo(const QString& path, ExportFormat format, ChildminderQuery query,
                                  const std::function<bool(int, int)>& progress)
{
    m_context.require(Permission::BulkExport);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DomainError(
            QCoreApplication::translate("ChildminderExporter", "Cannot write %1: %2. Choose another folder.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    try {
        const int n = write(file, format, std::move(query), progress);
        if (!file.commit())
            throw DomainError(QCoreApplication::translate("ChildminderExporter",
                                                          "Saving %1 failed: %2. Check the disk space.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
        logInfo(QStringLiteral("register exported: %1 rows").arg(n));
        AuditService(m_context).logExport(QStringLiteral("register"), n, path); // issue 5
        return n;
    } catch (const Cancelled&) {
        file.cancelWriting();
        return -1;
    }
}

} // namespace parcours
