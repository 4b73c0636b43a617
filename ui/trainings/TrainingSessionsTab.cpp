#include "TrainingSessionsTab.h"

#include "AppContext.h"
#include "ChildminderPicker.h"
#include "ChildminderService.h"
#include "Clock.h"
#include "DateLineEdit.h"
#include "EnrolmentRules.h"
#include "MessageBox.h"
#include "TrainingRepository.h"
#include "TrainingService.h"
#include "TrainingSessionDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QString display(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString hours(double h)
{
    return QLocale().toString(h, 'g', 4);
}

QTableWidgetItem* item(const QString& text, const QVariant& id = {})
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(it->flags() & ~Qt::ItemIsEditable);
    if (id.isValid())
        it->setData(Qt::UserRole, id);
    return it;
}

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

TrainingSessionsTab::TrainingSessionsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_from(new DateLineEdit(this)), m_to(new DateLineEdit(this)),
      m_kind(new QComboBox(this)), m_count(new QLabel(this)), m_sessionTitle(new QLabel(this)),
      m_status(new QComboBox(this)), m_hours(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("trainingSessionsTab"));
    m_sessions =
        table(this, QStringLiteral("sessionsTable"),
              {tr("Dates"), tr("Course"), tr("Kind"), tr("Place"), tr("RPE"), tr("Hours"), tr("Places")});
    m_enrolments =
        table(this, QStringLiteral("enrolmentsTable"),
              {tr("Person"), tr("Status"), tr("Hours done"), tr("Since"), tr("Certificate"), tr("Reason")});
    m_count->setObjectName(QStringLiteral("sessionsCountLabel"));
    m_sessionTitle->setObjectName(QStringLiteral("sessionTitleLabel"));
    m_sessionTitle->setWordWrap(true);

    auto* filters = new QWidget(this);
    buildFilters(filters);

    auto* newButton = new QPushButton(tr("&New session…"), this);
    newButton->setObjectName(QStringLiteral("newSessionButton"));
    m_edit = new QPushButton(tr("&Edit session…"), this);
    m_edit->setObjectName(QStringLiteral("editSessionButton"));
    connect(newButton, &QPushButton::clicked, this, &TrainingSessionsTab::newSession);
    connect(m_edit, &QPushButton::clicked, this, &TrainingSessionsTab::editSession);
    connect(m_sessions, &QTableWidget::itemSelectionChanged, this, &TrainingSessionsTab::showEnrolments);
    connect(m_sessions, &QTableWidget::itemDoubleClicked, this, &TrainingSessionsTab::editSession);

    auto* sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(newButton);
    sessionButtons->addWidget(m_edit);
    sessionButtons->addStretch(1);
    sessionButtons->addWidget(m_count);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(filters);
    topLayout->addWidget(m_sessions, 1);
    topLayout->addLayout(sessionButtons);

    auto* box = new QGroupBox(tr("People on the list"), this);
    box->setObjectName(QStringLiteral("enrolmentsBox"));
    m_enrol = new QPushButton(tr("&Enrol…"), box);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_apply = new QPushButton(tr("Change &status"), box);
    m_apply->setObjectName(QStringLiteral("applyStatusButton"));
    m_hours->setObjectName(QStringLiteral("hoursDoneSpin"));
    m_hours->setRange(0, 2000);
    m_hours->setDecimals(1);
    m_hours->setSuffix(tr(" h"));
    m_hours->setToolTip(tr("Hours done, recorded with « Attended »"));
    m_attend = new QPushButton(tr("&Attended"), box);
    m_attend->setObjectName(QStringLiteral("attendButton"));
    m_certificate = new QPushButton(tr("Certificate &received"), box);
    m_certificate->setObjectName(QStringLiteral("certificateButton"));
    connect(m_enrol, &QPushButton::clicked, this, &TrainingSessionsTab::enrol);
    connect(m_apply, &QPushButton::clicked, this, &TrainingSessionsTab::applyStatus);
    connect(m_attend, &QPushButton::clicked, this, &TrainingSessionsTab::attend);
    connect(m_certificate, &QPushButton::clicked, this, &TrainingSessionsTab::certificate);
    connect(m_enrolments, &QTableWidget::itemSelectionChanged, this, &TrainingSessionsTab::updateButtons);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_enrol);
    actions->addSpacing(12);
    actions->addWidget(m_status);
    actions->addWidget(m_apply);
    actions->addSpacing(12);
    actions->addWidget(m_hours);
    actions->addWidget(m_attend);
    actions->addWidget(m_certificate);
    actions->addStretch(1);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_sessionTitle);
    boxLayout->addWidget(m_enrolments, 1);
    boxLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(box);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    reload();
}

void TrainingSessionsTab::buildFilters(QWidget* box)
{
    m_from->setObjectName(QStringLiteral("sessionFromEdit"));
    m_to->setObjectName(QStringLiteral("sessionToEdit"));
    m_kind->setObjectName(QStringLiteral("sessionKindCombo"));
    m_kind->addItem(tr("All kinds"), QString());
    for (auto kind : allTrainingKinds())
        m_kind->addItem(trainingKindLabel(kind), trainingKindKey(kind));
    auto* fromLabel = new QLabel(tr("&From:"), box);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), box);
    toLabel->setBuddy(m_to);
    auto* kindLabel = new QLabel(tr("&Kind:"), box);
    kindLabel->setBuddy(m_kind);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind, 1);
    connect(m_from, &QLineEdit::editingFinished, this, &TrainingSessionsTab::reload);
    connect(m_to, &QLineEdit::editingFinished, this, &TrainingSessionsTab::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainingSessionsTab::reload);
}

void TrainingSessionsTab::reload()
{
    const qint64 keep = currentSessionId();
    TrainingSessionFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.kind = trainingKindFromKey(m_kind->currentData().toString());
    filter.today = m_context.clock().today();
    filter.limit = kPageSize;
    TrainingRepository& repo = m_context.trainings();
    const auto rows = repo.sessions(filter);
    const int total = repo.countSessions(filter);
    const QSignalBlocker blocker(m_sessions);
    m_sessions->setRowCount(0);
    m_sessions->setRowCount(int(rows.size()));
    int selected = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const auto& s = r.session;
        const QString dates = s.startDate == s.endDate
                                  ? display(s.startDate)
                                  : tr("%1 to %2").arg(display(s.startDate), display(s.endDate));
        m_sessions->setItem(i, 0, item(dates, s.id));
        m_sessions->setItem(i, 1, item(r.courseTitle));
        m_sessions->setItem(i, 2, item(trainingKindLabel(r.kind)));
        m_sessions->setItem(i, 3, item(s.place));
        m_sessions->setItem(i, 4, item(r.relayName));
        m_sessions->setItem(i, 5, item(hours(s.hours)));
        const QString places = s.capacity > 0 ? tr("%1 / %2").arg(r.enrolled).arg(s.capacity)
                                              : tr("%1 (no limit)").arg(r.enrolled);
        m_sessions->setItem(
            i, 6, item(r.wishes > 0 ? tr("%1, %n wish(es)", nullptr, r.wishes).arg(places) : places));
        if (s.id == keep)
            selected = i;
    }
    m_sessions->resizeColumnsToContents();
    m_count->setText(
        total > rows.size()
            ? tr("%1 sessions, the first %2 shown: narrow the period.").arg(total).arg(rows.size())
            : tr("%n session(s)", nullptr, total));
    if (selected >= 0)
        m_sessions->selectRow(selected);
    showEnrolments();
}

qint64 TrainingSessionsTab::currentSessionId() const
{
    const int row = m_sessions->currentRow();
    if (row < 0 || m_sessions->selectedItems().isEmpty())
        return 0;
    return m_sessions->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool TrainingSessionsTab::selectSession(qint64 sessionId)
{
    auto find = [&] {
        for (int i = 0; i < m_sessions->rowCount(); ++i)
            if (m_sessions->item(i, 0)->data(Qt::UserRole).toLongLong() == sessionId)
                return i;
        return -1;
    };
    int row = find();
    if (row < 0) {
        const auto session = m_context.trainings().findSession(sessionId);
        if (!session)
            return false;
        // The filters hide it: show its own dates, any kind.
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(0);
        m_from->setDate(session->startDate);
        m_to->setDate(session->endDate);
        reload();
        row = find();
    }
    if (row < 0)
        return false;
    m_sessions->selectRow(row);
    m_sessions->scrollToItem(m_sessions->item(row, 0));
    return true;
}

void TrainingSessionsTab::showEnrolments()
{
    const qint64 id = currentSessionId();
    const qint64 keep = currentEnrolmentId();
    m_rows.clear();
    const auto row = id > 0 ? m_context.trainings().sessionRow(id) : std::nullopt;
    if (row) {
        m_rows = m_context.trainings().enrolmentsForSession(id);
        const QString places = row->session.capacity > 0 ? tr("%n place(s) left", nullptr, row->placesLeft())
                                                         : tr("no limit of places");
        m_sessionTitle->setText(tr("%1, %2 – %3: %4")
                                    .arg(row->courseTitle, display(row->session.startDate),
                                         display(row->session.endDate), places));
        m_hours->setMaximum(row->session.hours);
        m_hours->setValue(row->session.hours);
    } else {
        m_sessionTitle->setText(tr("Choose a session above to see who is on its list."));
    }
    const QSignalBlocker blocker(m_enrolments);
    m_enrolments->setRowCount(0);
    m_enrolments->setRowCount(int(m_rows.size()));
    int selected = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Enrolment& e = m_rows[i].enrolment;
        m_enrolments->setItem(i, 0, item(m_rows[i].personName, e.id));
        m_enrolments->setItem(i, 1, item(enrolmentStatusLabel(e.status), enrolmentStatusKey(e.status)));
        m_enrolments->setItem(
            i, 2, item(countsHours(e.status) || e.hoursDone > 0 ? hours(e.hoursDone) : QString()));
        m_enrolments->setItem(i, 3, item(display(e.statusDate)));
        m_enrolments->setItem(i, 4, item(display(e.certificateDate)));
        m_enrolments->setItem(i, 5, item(e.reason));
        if (e.id == keep)
            selected = i;
    }
    m_enrolments->resizeColumnsToContents();
    if (selected >= 0)
        m_enrolments->selectRow(selected);
    updateButtons();
}

qint64 TrainingSessionsTab::currentEnrolmentId() const
{
    const EnrolmentRow* row = currentEnrolment();
    return row ? row->enrolment.id : 0;
}

const EnrolmentRow* TrainingSessionsTab::currentEnrolment() const
{
    const int row = m_enrolments->currentRow();
    if (row < 0 || row >= m_rows.size() || m_enrolments->selectedItems().isEmpty())
        return nullptr;
    return &m_rows[row];
}

void TrainingSessionsTab::updateButtons()
{
    const bool session = currentSessionId() > 0;
    m_edit->setEnabled(session);
    m_enrol->setEnabled(session);
    const EnrolmentRow* row = currentEnrolment();
    m_status->clear();
    if (row)
        for (auto s : EnrolmentRules::nextStatuses(row->enrolment.status))
            m_status->addItem(enrolmentStatusLabel(s), enrolmentStatusKey(s));
    m_status->setEnabled(m_status->count() > 0);
    m_apply->setEnabled(m_status->count() > 0);
    const EnrolmentStatus status = row ? row->enrolment.status : EnrolmentStatus::Wish;
    const bool canAttend = row && (EnrolmentRules::canMove(status, EnrolmentStatus::Attended) ||
                                   EnrolmentRules::recordsHours(status));
    m_attend->setEnabled(canAttend);
    m_hours->setEnabled(canAttend);
    if (row && EnrolmentRules::recordsHours(status))
        m_hours->setValue(row->enrolment.hoursDone);
    m_certificate->setEnabled(row && EnrolmentRules::canMove(status, EnrolmentStatus::Certified));
}

bool TrainingSessionsTab::report(const FieldErrors& errors, qint64 childminderId)
{
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const auto& e : errors)
            lines << e.message;
        MessageBox::warning(this, tr("Training"), lines.join(QLatin1Char('\n')));
        showEnrolments(); // someone else may have changed it: show what is stored
        return false;
    }
    reload();
    emit enrolmentChanged(childminderId);
    return true;
}

void TrainingSessionsTab::newSession()
{
    TrainingSession fresh;
    fresh.startDate = m_context.clock().today().addDays(30);
    fresh.endDate = fresh.startDate;
    TrainingSessionDialog dialog(m_context, fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_kind->setCurrentIndex(0);
    reload();
    selectSession(dialog.session().id);
}

void TrainingSessionsTab::editSession()
{
    const auto session = m_context.trainings().findSession(currentSessionId());
    if (!session)
        return;
    TrainingSessionDialog dialog(m_context, *session, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TrainingSessionsTab::enrol()
{
    const qint64 sessionId = currentSessionId();
    if (sessionId <= 0)
        return;
    ChildminderService people(m_context);
    ChildminderPicker picker(people, this);
    picker.setWindowTitle(tr("Enrol a childminder"));
    if (picker.exec() != QDialog::Accepted || picker.selectedId() <= 0)
        return;
    TrainingService service(m_context);
    FieldErrors errors = service.enrol(sessionId, picker.selectedId(), EnrolmentStatus::Enrolled);
    const auto session = m_context.trainings().findSession(sessionId);
    if (!errors.isEmpty() && session &&
        errors[0].message == TrainingService::problemText(EnrolmentProblem::SessionFull, *session)) {
        // Full: a wish keeps her in line for a place or the next session.
        const auto answer = MessageBox::ask(
            this, QMessageBox::Question, tr("Session full"),
            tr("The session is full. Record a wish for %1 instead?").arg(picker.selectedName()),
            MessageBox::Yes | MessageBox::No, MessageBox::Yes);
        if (answer != MessageBox::Yes)
            return;
        errors = service.enrol(sessionId, picker.selectedId(), EnrolmentStatus::Wish);
    }
    report(errors, picker.selectedId());
}

void TrainingSessionsTab::applyStatus()
{
    const EnrolmentRow* row = currentEnrolment();
    const auto to = enrolmentStatusFromKey(m_status->currentData().toString());
    if (!row || !to)
        return;
    const Enrolment e = row->enrolment;
    QString reason;
    if (EnrolmentRules::needsReason(*to)) {
        bool ok = false;
        reason = QInputDialog::getText(
            this, enrolmentStatusLabel(*to),
            tr("Why (%1)? This reason is kept with the enrolment.").arg(enrolmentStatusLabel(*to).toLower()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    std::optional<double> done;
    if (EnrolmentRules::recordsHours(*to))
        done = m_hours->value();
    report(TrainingService(m_context).changeStatus(e.id, *to, reason, done), e.childminderId);
}

void TrainingSessionsTab::attend()
{
    const EnrolmentRow* row = currentEnrolment();
    if (!row)
        return;
    const Enrolment e = row->enrolment;
    report(TrainingService(m_context).recordAttendance(e.id, m_hours->value()), e.childminderId);
}

void TrainingSessionsTab::certificate()
{
    const EnrolmentRow* row = currentEnrolment();
    if (!row)
        return;
    const Enrolment e = row->enrolment;
    report(TrainingService(m_context).recordCertificate(e.id), e.childminderId);
}

} // namespace parcours
