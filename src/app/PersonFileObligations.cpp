#include "PersonFileObligations.h"

#include "ObligationService.h"

#include <QLocale>

namespace parcours {

namespace {
QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', hours == double(qint64(hours)) ? 0 : 1);
}
} // namespace

void PersonFileObligations::fill(AppContext& context, PersonFile& file)
{
    const ObligationService service(context);
    for (const Obligation& o : service.obligations(file.childminderId)) {
        QStringList value;
        if (o.deadline.isValid())
            value << tr("due by %1").arg(o.deadline.toString(QStringLiteral("dd/MM/yyyy")));
        if (o.hoursRequired > 0)
            value << tr("%1 h of %2 h").arg(hoursText(o.hoursDone), hoursText(o.hoursRequired));
        if (!o.detail.isEmpty())
            value << o.detail;
        file.obligations.append(
            {o.label, value.join(QStringLiteral(" — ")), obligationStatusLabel(o.status)});
    }
    const RenewalChecklist checklist = service.checklist(file.childminderId);
    for (const ChecklistItem& item : checklist.items)
        file.checklist.append({item.label, item.missing, item.done ? tr("Done") : tr("Missing")});
}

} // namespace parcours
