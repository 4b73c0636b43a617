#pragma once

#include <QCoreApplication>
#include <QString>

namespace parcours {

class AppContext;

// The right to erasure in a public-task processing (RGPD art. 17-3-b):
// the childminder's personal fields are removed everywhere (register row,
// agrément numbers, contact notes, free-text answers, the prospect she came
// from, the search index, the audit trail's old values) while what the
// statistics count stays (commune, RPE, status, agrément dates and places,
// birth month, survey choices). Cannot be undone.
class AnonymisationService
{
    Q_DECLARE_TR_FUNCTIONS(AnonymisationService)

  public:
    explicit AnonymisationService(AppContext& context);

    // What replaces her name: « Anonymisé(e) n° 123 » in French.
    static QString markerFor(qint64 childminderId);
    // What replaces a free-text answer (still counted as an answer).
    static QString removedText();
    // The confirmation both front ends show: what goes, what stays, final.
    static QString confirmationText(const QString& displayName);

    // Coordinator only (Permission::Anonymise; throws AccessDenied). Throws
    // NotFound when nobody has that id. One write transaction; the audit rows
    // of her records, those this transaction writes included, are redacted,
    // and one "anonymise" event without personal data is recorded. Then the
    // search index is merged and the WAL checkpointed so her old values leave
    // the file (a VACUUM or the next backup removes the rest).
    void anonymise(qint64 childminderId);
    // The same work inside a transaction the caller holds (RetentionJob):
    // no permission check, no index merge, no checkpoint.
    void anonymiseWithin(qint64 childminderId, const QString& reason);

  private:
    AppContext& m_context;
};

} // namespace parcours
