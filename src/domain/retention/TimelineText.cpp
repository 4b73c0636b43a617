#include "TimelineText.h"
#include "CareerEvent.h"
#include "Prospect.h"
#include "Qualification.h"

#include "ApprovalEvent.h"
#include "CollectiveActivity.h"
#include "ContactEntry.h"
#include "EnrolmentStatus.h"
#include "TrainingKind.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace parcours {

namespace {

// Labels of the tables below, marked with QT_TRANSLATE_NOOP in this context.
QString translated(const char* label)
{
    return QCoreApplication::translate("TimelineEntry", label);
}

QString frenchDate(const QVariant& v)
{
    const QDate d = QDate::fromString(v.toString().left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString hours(double h)
{
    return QCoreApplication::translate("TimelineEntry", "%1 h").arg(QLocale().toString(h, 'g', 4));
}

// Career events, qualifications and prospect stages are written by other
// parts of the application; their keys are named in the issue. An unknown
// key still shows, as readable words, rather than disappearing.
struct KeyLabel
{
    const char* key;
    const char* label;
};

constexpr KeyLabel kCareerKinds[] = {
    {"first_approval", QT_TRANSLATE_NOOP("TimelineEntry", "First agrément")},
    {"renewal", QT_TRANSLATE_NOOP("TimelineEntry", "Agrément renewed")},
    {"place_change", QT_TRANSLATE_NOOP("TimelineEntry", "Change of place of practice")},
    {"joined_mam", QT_TRANSLATE_NOOP("TimelineEntry", "Joined a MAM")},
    {"left_mam", QT_TRANSLATE_NOOP("TimelineEntry", "Left a MAM")},
    {"qualification", QT_TRANSLATE_NOOP("TimelineEntry", "Qualification obtained")},
    {"vae_step", QT_TRANSLATE_NOOP("TimelineEntry", "VAE step")},
    {"professional_review", QT_TRANSLATE_NOOP("TimelineEntry", "Professional review")},
    {"collective_childcare", QT_TRANSLATE_NOOP("TimelineEntry", "Move to collective childcare")},
    {"retraining", QT_TRANSLATE_NOOP("TimelineEntry", "Retraining")},
    {"stop", QT_TRANSLATE_NOOP("TimelineEntry", "Stopped working")},
};

constexpr KeyLabel kProspectStages[] = {
    {"interested", QT_TRANSLATE_NOOP("TimelineEntry", "Interested")},
    {"information_meeting", QT_TRANSLATE_NOOP("TimelineEntry", "Information meeting")},
    {"immersion", QT_TRANSLATE_NOOP("TimelineEntry", "Immersion or work placement")},
    {"training", QT_TRANSLATE_NOOP("TimelineEntry", "Training")},
    {"application_filed", QT_TRANSLATE_NOOP("TimelineEntry", "Agrément application filed")},
    {"approved", QT_TRANSLATE_NOOP("TimelineEntry", "Approved")},
    {"first_child", QT_TRANSLATE_NOOP("TimelineEntry", "First child received")},
    {"dropped", QT_TRANSLATE_NOOP("TimelineEntry", "Dropped out")},
};

template <size_t N> QString labelOf(const KeyLabel (&table)[N], const QString& key)
{
    for (const auto& entry : table)
        if (key == QLatin1String(entry.key))
            return translated(entry.label);
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString joined(const QStringList& parts)
{
    QStringList kept;
    for (const auto& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QStringLiteral(" · "));
}

void describe(const TimelineRawRow& row, TimelineEntry& e)
{
    switch (e.category) {
    case TimelineCategory::Approval:
        if (row.kind == QLatin1String("grant") || row.kind == QLatin1String("renewal_grant")) {
            // a: number, b: end date, c: places
            e.title = row.kind == QLatin1String("grant")
                          ? QCoreApplication::translate("TimelineEntry", "Agrément granted")
                          : QCoreApplication::translate("TimelineEntry", "Agrément renewed");
            e.detail =
                joined({row.a.toString().isEmpty()
                            ? QString()
                            : QCoreApplication::translate("TimelineEntry", "No. %1").arg(row.a.toString()),
                        row.b.isNull()
                            ? QString()
                            : QCoreApplication::translate("TimelineEntry", "until %1").arg(frenchDate(row.b)),
                        QCoreApplication::translate("TimelineEntry", "%n place(s)", nullptr, row.c.toInt())});
        } else {
            // An event: a: details, b: end date, c: places
            const auto kind = eventKindFromKey(row.kind);
            e.title = kind ? eventKindLabel(*kind) : row.kind;
            e.detail =
                joined({row.a.toString(),
                        row.b.isNull()
                            ? QString()
                            : QCoreApplication::translate("TimelineEntry", "until %1").arg(frenchDate(row.b)),
                        row.c.toInt() > 0 ? QCoreApplication::translate("TimelineEntry", "%n place(s)",
                                                                        nullptr, row.c.toInt())
                                          : QString()});
        }
        break;
    case TimelineCategory::Training: {
        // kind: enrolment status, a: course title, b: course kind, c: hours done, d: end date
        const auto status = enrolmentStatusFromKey(row.kind);
        const auto kind = trainingKindFromKey(row.b.toString());
        e.title = row.a.toString();
        e.detail = joined({kind ? trainingKindLabel(*kind) : QString(),
                           status ? enrolmentStatusLabel(*status) : row.kind,
                           row.c.toDouble() > 0 ? hours(row.c.toDouble()) : QString()});
        break;
    }
    case TimelineCategory::Contact: {
        // kind: outcome, a: channel, b: staff member, c: notes
        const auto channel = contactChannelFromKey(row.a.toString());
        const auto outcome = contactOutcomeFromKey(row.kind);
        e.title = channel ? contactChannelLabel(*channel) : row.a.toString();
        e.detail = joined({outcome ? contactOutcomeLabel(*outcome) : row.kind, row.b.toString(),
                           row.c.toString().left(120)});
        break;
    }
    case TimelineCategory::Survey:
        // a: campaign year, b: channel
        e.title =
            QCoreApplication::translate("TimelineEntry", "Annual survey %1 answered").arg(row.a.toString());
        if (const auto channel = contactChannelFromKey(row.b.toString()))
            e.detail = contactChannelLabel(*channel);
        break;
    case TimelineCategory::Career:
        if (row.kind == QLatin1String("qualification_result")) {
            // a: qualification kind, b: result, c: label
            const auto kind = qualificationKindFromKey(row.a.toString());
            const auto result = qualificationResultFromKey(row.b.toString());
            e.title = row.c.toString().isEmpty() && kind ? qualificationKindLabel(*kind) : row.c.toString();
            if (e.title.isEmpty())
                e.title = labelOf(kCareerKinds, row.a.toString());
            e.detail = result ? qualificationResultLabel(*result) : labelOf(kCareerKinds, row.b.toString());
        } else {
            // a: detail, b: note. The career domain names its own kinds
            // and details; the table below only covers unknown keys.
            const auto kind = careerEventKindFromKey(row.kind);
            e.title = kind ? careerEventKindLabel(*kind) : labelOf(kCareerKinds, row.kind);
            const QString detail = kind && !row.a.toString().isEmpty()
                                       ? careerEventDetailLabel(*kind, row.a.toString())
                                       : row.a.toString();
            e.detail = joined({detail, row.b.toString()});
        }
        break;
    case TimelineCategory::Activity: {
        // kind: activity kind, a: title, b: place, c: hours
        const auto kind = activityKindFromKey(row.kind);
        e.title = row.a.toString();
        e.detail = joined({kind ? activityKindLabel(*kind) : row.kind, row.b.toString(),
                           row.c.toDouble() > 0 ? hours(row.c.toDouble()) : QString()});
        break;
    }
    case TimelineCategory::Immersion:
        // a: host, b: end date, c: note
        e.title = row.a.toString().isEmpty()
                      ? QCoreApplication::translate("TimelineEntry", "Immersion (PMSMP)")
                      : QCoreApplication::translate("TimelineEntry", "Immersion (PMSMP) at %1")
                            .arg(row.a.toString());
        e.detail = joined(
            {row.b.isNull() ? QString()
                            : QCoreApplication::translate("TimelineEntry", "until %1").arg(frenchDate(row.b)),
             row.c.toString()});
        break;
    case TimelineCategory::Prospect:
        // kind: stage, a: note
        if (const auto stage = prospectStageFromKey(row.kind))
            e.title = prospectStageLabel(*stage);
        else
            e.title = labelOf(kProspectStages, row.kind);
        e.detail = row.a.toString();
        break;
    }
}

} // namespace

TimelineEntry timelineEntryFromRaw(const TimelineRawRow& row)
{
    TimelineEntry e;
    e.date = row.date;
    e.category = timelineCategoryFromKey(row.category).value_or(TimelineCategory::Career);
    e.sourceId = row.sourceId;
    describe(row, e);
    return e;
}

} // namespace parcours
