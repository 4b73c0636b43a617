#include "ChildminderEditor.h"

#include "AnonymiseAction.h"
#include "AppContext.h"
#include "CareerPathTab.h"
#include "ChildminderApprovalsTab.h"
#include "ChildminderContactsTab.h"
#include "ChildminderIdentityTab.h"
#include "ChildminderMerge.h"
#include "ChildminderService.h"
#include "ConflictDialog.h"
#include "DomainError.h"
#include "EnrolInSessionDialog.h"
#include "FieldErrorLabels.h"
#include "HistoryTab.h"
#include "Logging.h"
#include "MessageBox.h"
#include "RelayRepository.h"
#include "TimelineTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace parcours {

namespace {
// The fields the editor lets the user change, compared to detect unsaved work.
bool sameEditableFields(const Childminder& a, const Childminder& b)
{
    return a.usageName == b.usageName && a.birthName == b.birthName && a.firstName == b.firstName &&
           a.birthDate == b.birthDate && a.address == b.address && a.postalCode == b.postalCode &&
           a.communeName == b.communeName && a.phone == b.phone && a.email == b.email &&
           a.status == b.status && a.relayOverridden == b.relayOverridden &&
           (!a.relayOverridden || a.relayId == b.relayId) && a.notes == b.notes;
}
} // namespace

ChildminderEditor::ChildminderEditor(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_identity(new ChildminderIdentityTab(context, this)),
      m_approvals(new ChildminderApprovalsTab(context, this)),
      m_contacts(new ChildminderContactsTab(context, this)), m_career(new CareerPathTab(context, this)),
      m_timeline(new TimelineTab(context, this)), m_history(new HistoryTab(context, this)),
      m_headerName(new QLabel(this)), m_headerDetails(new QLabel(this)), m_feedback(new QLabel(this)),
      m_saveButton(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("childminderEditor"));
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(m_identity, tr("&Identity"));
    m_tabs->addTab(m_approvals, tr("&Agréments"));
    m_tabs->addTab(buildNotesTab(), tr("&Notes"));
    m_tabs->addTab(m_contacts, tr("Con&tacts"));
    m_tabs->addTab(m_career, tr("Career &path"));
    m_tabs->addTab(m_timeline, tr("T&imeline"));
    m_tabs->addTab(m_history, tr("Histor&y"));

    m_headerName->setObjectName(QStringLiteral("editorHeader"));
    QFont headerFont = m_headerName->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.4);
    headerFont.setBold(true);
    m_headerName->setFont(headerFont);
    m_headerDetails->setObjectName(QStringLiteral("editorHeaderDetails"));
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    auto* closeButton = new QPushButton(tr("&Close"), this);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAutoDefault(false);

    // Right to erasure (issue 5): coordinators only, once she is saved.
    auto* anonymiseButton = new QPushButton(tr("A&nonymise…"), this);
    anonymiseButton->setObjectName(QStringLiteral("anonymiseButton"));
    anonymiseButton->setAutoDefault(false);
    anonymiseButton->setVisible(context.can(Permission::Anonymise));
    anonymiseButton->setEnabled(id > 0);
    connect(this, &ChildminderEditor::saved, anonymiseButton,
            [anonymiseButton] { anonymiseButton->setEnabled(true); });
    connect(anonymiseButton, &QPushButton::clicked, this, [this] {
        if (m_loaded.id > 0 && anonymiseChildminder(m_context, this, m_loaded.id, m_loaded.displayName())) {
            reloadFromStore();
            emit saved(m_loaded.id);
        }
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_feedback, 1);
    buttons->addWidget(anonymiseButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerName);
    layout->addWidget(m_headerDetails);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &ChildminderEditor::save);
    connect(closeButton, &QPushButton::clicked, this, &ChildminderEditor::reject);
    connect(m_identity, &ChildminderIdentityTab::edited, m_feedback, &QLabel::clear);
    connect(m_approvals, &ChildminderApprovalsTab::approvalsChanged, this,
            &ChildminderEditor::reloadAfterDecision);
    // A logged exchange changes the coverage figures: the main window refreshes them.
    connect(m_contacts, &ChildminderContactsTab::contactLogged, this, &ChildminderEditor::saved);
    // Window-modal, not blocking: the editor stays responsive (and testable).
    connect(m_career, &CareerPathTab::enrolRequested, this, [this](qint64 personId) {
        auto* dialog = new EnrolInSessionDialog(m_context, personId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, personId] {
            m_career->refresh();
            m_timeline->setPerson(personId);
            m_history->setPerson(personId);
        });
        dialog->open();
    });
    // On the Contacts tab, Enter logs the exchange rather than saving the file.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const bool contacts = m_tabs->currentWidget() == m_contacts;
        m_contacts->logButton()->setDefault(contacts);
        m_saveButton->setDefault(!contacts);
    });

    ChildminderFile file;
    if (id > 0) {
        if (auto stored = ChildminderService(context).open(id))
            file = *stored;
        else
            m_feedback->setText(tr("This file no longer exists in the database."));
    } else {
        file.person.status = ChildminderStatus::Prospect;
    }
    load(file);
    resize(900, 600);
}

QWidget* ChildminderEditor::buildNotesTab()
{
    auto* page = new QWidget(this);
    auto* notice =
        new QLabel(tr("Write here only what helps follow her career. Never write health information "
                      "(illness, disability, pregnancy…) or a social security number: the law forbids "
                      "keeping it in this file, and she may ask to read everything written here."),
                   page);
    notice->setObjectName(QStringLiteral("notesNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(QStringLiteral("background: #fff4e5; border: 1px solid #f0c36d; padding: 8px;"));
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    connect(m_notes, &QPlainTextEdit::textChanged, m_feedback, &QLabel::clear);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(notice);
    layout->addWidget(m_notes, 1);
    return page;
}

void ChildminderEditor::load(const ChildminderFile& file)
{
    m_loaded = file.person;
    m_identity->load(file);
    m_notes->setPlainText(file.person.notes);
    m_approvals->setApprovals(file.person.id, file.approvals);
    m_contacts->setPerson(file.person.id);
    m_career->setPerson(file.person.id);
    m_timeline->setPerson(file.person.id);
    m_history->setPerson(file.person.id);
    // Compare with what the widgets give back (trimmed postal code, resolved
    // commune text) so a file that was only opened is never "changed".
    m_identity->writeTo(m_loaded);
    m_loaded.notes = m_notes->toPlainText();
    updateHeader(file);
}

Childminder ChildminderEditor::edited() const
{
    Childminder person = m_loaded;
    m_identity->writeTo(person);
    person.notes = m_notes->toPlainText();
    return person;
}

bool ChildminderEditor::isDirty() const
{
    return !sameEditableFields(edited(), m_loaded);
}

void ChildminderEditor::updateHeader(const ChildminderFile& file)
{
    const QString name = m_loaded.displayName();
    setWindowTitle(m_loaded.id == 0 ? tr("New childminder") : tr("Childminder file — %1").arg(name));
    m_headerName->setText(m_loaded.id == 0 ? tr("New childminder") : name);
    QString details = statusLabel(file.person.status);
    if (!file.approvals.isEmpty()) {
        const Approval& current = file.approvals.back();
        details += QStringLiteral(" — ") +
                   tr("agrément %1 valid until %2, %n place(s)", nullptr, current.places)
                       .arg(current.number, current.endDate.toString(QStringLiteral("dd/MM/yyyy")));
    } else if (m_loaded.id > 0) {
        details += QStringLiteral(" — ") + tr("no agrément on file");
    }
    if (!file.relayName.isEmpty())
        details += QStringLiteral(" — ") + file.relayName;
    m_headerDetails->setText(m_loaded.id == 0 ? tr("Fill in at least her name and first name, then save.")
                                              : details);
}

void ChildminderEditor::showProblems(const QStringList& problems)
{
    m_feedback->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_feedback->setText(problems.join(QLatin1Char('\n')));
}

bool ChildminderEditor::save()
{
    FieldErrors errors = m_identity->formErrors();
    Childminder person = edited();
    const bool isNew = person.id == 0;
    try {
        if (errors.isEmpty()) {
            errors = ChildminderService(m_context).save(person);
        } else {
            // Show every problem at once, not the form's first and the rest after.
            for (const auto& error : ChildminderService(m_context).validate(person))
                if (error.field != QLatin1String("birthDate"))
                    errors.append(error);
        }
    } catch (const ConcurrencyConflict&) {
        logWarning(QStringLiteral("save conflict on childminder %1").arg(person.id));
        resolveConflict(person);
        return false;
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The file was not saved"), error.message());
        return false;
    }
    const FieldErrors unplaced = m_identity->showErrors(errors);
    if (!errors.isEmpty()) {
        QStringList problems{tr("The file was not saved: correct the fields marked in red.")};
        for (const auto& error : unplaced)
            problems.append(error.message);
        showProblems(problems);
        m_tabs->setCurrentWidget(m_identity);
        return false;
    }
    logInfo(QStringLiteral("childminder %1 saved").arg(person.id));
    m_loaded.id = person.id;
    reloadFromStore();
    m_feedback->setStyleSheet(QString());
    m_feedback->setText(isNew
                            ? tr("Saved. You can now record her agrément in the Agréments tab.")
                            : tr("Saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    emit saved(person.id);
    return true;
}

void ChildminderEditor::resolveConflict(const Childminder& mine)
{
    const auto stored = ChildminderService(m_context).open(mine.id);
    if (!stored) {
        MessageBox::critical(this, tr("The file was not saved"),
                             tr("Someone else deleted this file while you were editing it. Copy what you "
                                "need from the screen, then close it."));
        return;
    }
    const ChildminderMerge merge(m_loaded, mine, stored->person, [this](qint64 relayId) {
        const auto relay = m_context.relays().find(relayId);
        return relay ? relay->name : QString::number(relayId);
    });
    const QList<FieldConflict> differences = merge.differences();
    // Window-modal, not blocking: the editor stays testable; the merged
    // version is saved only when the user accepts her choices.
    auto* dialog = new ConflictDialog(differences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, merge, dialog, stored] {
        const Childminder chosen = merge.merged(dialog->keptMine());
        load(*stored); // her stored version becomes the base: its version number goes with the save
        ChildminderFile shown = *stored;
        shown.person = chosen;
        m_identity->load(shown);
        m_notes->setPlainText(chosen.notes);
        save();
    });
    dialog->open();
}

bool ChildminderEditor::reloadFromStore()
{
    const auto file = ChildminderService(m_context).open(m_loaded.id);
    if (!file)
        return false;
    load(*file);
    return true;
}

void ChildminderEditor::reloadAfterDecision()
{
    // A decision may change her status and bumps her version: take both from
    // the store but keep what the user typed in the other fields.
    const auto file = ChildminderService(m_context).open(m_loaded.id);
    if (!file)
        return;
    const Childminder typed = edited();
    const bool wasDirty = isDirty();
    load(*file);
    if (wasDirty) {
        Childminder keep = typed;
        keep.status = file->person.status;
        ChildminderFile mixed = *file;
        mixed.person = keep;
        m_identity->load(mixed);
        m_notes->setPlainText(keep.notes);
    }
    m_feedback->setStyleSheet(QString());
    m_feedback->setText(tr("The decision was recorded."));
    emit saved(m_loaded.id);
}

bool ChildminderEditor::confirmClose()
{
    return !isDirty() || MessageBox::confirmUnsaved(
                             this, tr("This file has changes that are not saved. Save them before closing?"),
                             [this] { return save(); });
}

// Escape, the Close button and the window's close box all end here
// (QDialog::closeEvent calls reject()).
void ChildminderEditor::reject()
{
    if (confirmClose())
        QDialog::reject();
}

} // namespace parcours
