#pragma once

#include "PersonFile.h"
#include "ServiceIdentity.h"

#include <QCoreApplication>
#include <QString>

namespace parcours {

// A childminder's file as an A4 PDF: service header, identity, current
// agrément, RPE and MAM, obligations and renewal checklist, then her whole
// timeline; "Page n / N" footers. Renders plain data (PersonFile), so it
// needs no database. Needs a QGuiApplication (fonts).
class PersonFilePdf
{
    Q_DECLARE_TR_FUNCTIONS(PersonFilePdf)

  public:
    void setIdentity(const ServiceIdentity& identity) { m_identity = identity; }

    // The body as HTML (what the PDF lays out).
    QString html(const PersonFile& file) const;
    // "" when the file was written; otherwise a translated sentence saying
    // what went wrong, and nothing is left at `path` (QSaveFile).
    QString write(const PersonFile& file, const QString& path) const;

  private:
    // The access answer's raw tables (PersonFile::records).
    QString recordsHtml(const QList<PersonalRecordTable>& tables) const;

    ServiceIdentity m_identity;
};

} // namespace parcours
