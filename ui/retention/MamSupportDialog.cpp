#include "MamSupportDialog.h"

#include "AppContext.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MessageBox.h"
#include "RetentionService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

MamSupportDialog::MamSupportDialog(AppContext& context, MamSupportAction action, QWidget* parent)
    : QDialog(parent), m_context(context), m_action(std::move(action)), m_kind(new QComboBox(this)),
      m_title(new QLineEdit(this)), m_status(new QComboBox(this)), m_start(new DateLineEdit(this)),
      m_due(new DateLineEdit(this)), m_done(new DateLineEdit(this)), m_documents(new QPlainTextEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("mamSupportDialog"));
    setWindowTitle(m_action.id > 0 ? tr("MAM support action") : tr("New MAM support action"));
    m_kind->setObjectName(QStringLiteral("supportKindCombo"));
    for (auto kind : allSupportKinds())
        m_kind->addItem(supportKindLabel(kind), supportKindKey(kind));
    m_kind->setCurrentIndex(m_kind->findData(supportKindKey(m_action.kind)));
    m_title->setObjectName(QStringLiteral("supportTitleEdit"));
    m_title->setText(m_action.title);
    m_status->setObjectName(QStringLiteral("supportStatusCombo"));
    for (auto status : allSupportStatuses())
        m_status->addItem(supportStatusLabel(status), supportStatusKey(status));
    m_status->setCurrentIndex(m_status->findData(supportStatusKey(m_action.status)));
    m_start->setObjectName(QStringLiteral("supportStartEdit"));
    m_start->setDate(m_action.startDate);
    m_due->setObjectName(QStringLiteral("supportDueEdit"));
    m_due->setDate(m_action.dueDate);
    m_done->setObjectName(QStringLiteral("supportDoneEdit"));
    m_done->setDate(m_action.doneDate);
    m_documents->setObjectName(QStringLiteral("supportDocumentsEdit"));
    m_documents->setPlainText(m_action.documents.join(QLatin1Char('\n')));
    m_documents->setPlaceholderText(tr("One document per line (name or place on the shared drive)"));
    m_notes->setObjectName(QStringLiteral("supportNotesEdit"));
    m_notes->setPlainText(m_action.notes);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"),
                 FieldErrorLabels::stack(m_title, m_errors.create(QStringLiteral("title"), this)));
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("S&tarted on:"), m_start);
    form->addRow(tr("&Due on:"),
                 FieldErrorLabels::stack(m_due, m_errors.create(QStringLiteral("dueDate"), this)));
    form->addRow(tr("Do&ne on:"),
                 FieldErrorLabels::stack(m_done, m_errors.create(QStringLiteral("doneDate"), this)));
    form->addRow(tr("D&ocuments:"), m_documents);
    form->addRow(tr("&Notes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSupportButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MamSupportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 520);
}

void MamSupportDialog::save()
{
    MamSupportAction candidate = m_action;
    candidate.kind = supportKindFromKey(m_kind->currentData().toString()).value_or(SupportKind::Other);
    candidate.title = m_title->text();
    candidate.status = supportStatusFromKey(m_status->currentData().toString()).value_or(SupportStatus::ToDo);
    candidate.startDate = m_start->date();
    candidate.dueDate = m_due->date();
    candidate.doneDate = m_done->date();
    candidate.documents = m_documents->toPlainText().split(QLatin1Char('\n'));
    candidate.notes = m_notes->toPlainText();
    m_errors.clear();
    FieldErrors errors;
    for (auto* edit : {m_start, m_due, m_done})
        if (!edit->isAcceptable())
            errors.append({edit == m_due ? QStringLiteral("dueDate") : QStringLiteral("doneDate"),
                           tr("Enter the dates as dd/mm/yyyy.")});
    try {
        if (errors.isEmpty())
            errors = RetentionService(m_context).saveSupportAction(candidate);
    } catch (const DomainError& e) {
        MessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    const FieldErrors unplaced = m_errors.show(errors);
    if (!unplaced.isEmpty())
        MessageBox::warning(this, windowTitle(), unplaced.front().message);
    if (!errors.isEmpty())
        return;
    m_action = candidate;
    accept();
}

} // namespace parcours
