#include "RetentionJobDialog.h"

#include "AppContext.h"
#include "DomainError.h"
#include "MessageBox.h"
#include "RetentionJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

namespace {
QString idList(const QList<RetentionItem>& items)
{
    QStringList ids;
    for (const auto& i : items)
        ids << QString::number(i.id);
    return ids.join(QStringLiteral(", "));
}
} // namespace

RetentionJobDialog::RetentionJobDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_summary(new QLabel(this)), m_plan(new QPlainTextEdit(this)),
      m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("retentionJobDialog"));
    setWindowTitle(tr("Data retention"));
    auto* intro = new QLabel(tr("The retention rules (Tools > Settings) say how long personal data is kept. "
                                "Below is what they make due today; nothing changes until you apply it."),
                             this);
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);
    m_plan->setObjectName(QStringLiteral("retentionPlan"));
    m_plan->setReadOnly(true);
    m_apply->setObjectName(QStringLiteral("applyRetentionButton"));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_plan, 1);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &RetentionJobDialog::applyPlan);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(640, 420);
    refresh();
}

void RetentionJobDialog::refresh()
{
    try {
        const RetentionPlan plan = RetentionJob(m_context).plan();
        m_summary->setText(RetentionJob::planSummary(plan).join(QLatin1Char('\n')));
        QStringList lines;
        if (!plan.toAnonymise.isEmpty())
            lines << tr("Childminders to anonymise (file numbers): %1").arg(idList(plan.toAnonymise));
        if (!plan.prospectsToDelete.isEmpty())
            lines << tr("Prospects to delete (numbers): %1").arg(idList(plan.prospectsToDelete));
        if (!plan.contactsToClear.isEmpty())
            lines
                << tr("Contacts whose notes will be emptied (numbers): %1").arg(idList(plan.contactsToClear));
        if (lines.isEmpty())
            lines << tr("Nothing is due today.");
        m_plan->setPlainText(lines.join(QStringLiteral("\n\n")));
        m_apply->setEnabled(!plan.isEmpty());
    } catch (const DomainError& e) {
        m_summary->setText(e.message());
        m_plan->clear();
        m_apply->setEnabled(false);
    }
}

bool RetentionJobDialog::applyPlan()
{
    const QString title = tr("Data retention");
    if (MessageBox::ask(this, QMessageBox::Warning, title,
                        tr("Apply the retention rules now? The people listed are anonymised, the prospects "
                           "deleted and the contact notes emptied. This cannot be undone."),
                        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel) != MessageBox::Yes)
        return false;
    try {
        const RetentionResult r = RetentionJob(m_context).apply();
        MessageBox::information(this, title,
                                tr("Done: %1 childminder(s) anonymised, %2 prospect(s) deleted, %3 contact "
                                   "note(s) emptied.")
                                    .arg(r.anonymised)
                                    .arg(r.prospectsDeleted)
                                    .arg(r.contactNotesCleared));
    } catch (const DomainError& e) {
        MessageBox::warning(this, title, e.message());
        return false;
    }
    refresh();
    emit applied();
    return true;
}

} // namespace parcours
