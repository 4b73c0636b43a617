#include "EnrolInSessionDialog.h"

#include "AppContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "EnrolmentStatus.h"
#include "FieldErrorLabels.h"
#include "TrainingRepository.h"
#include "TrainingService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

EnrolInSessionDialog::EnrolInSessionDialog(AppContext& context, qint64 childminderId, QWidget* parent)
    : QDialog(parent), m_context(context), m_childminderId(childminderId),
      m_sessions(new QTableWidget(0, 5, this)), m_status(new QComboBox(this)), m_error(new QLabel(this)),
      m_enrolButton(new QPushButton(tr("&Enrol"), this))
{
    setObjectName(QStringLiteral("enrolInSessionDialog"));
    setWindowTitle(tr("Enrol in a training session"));
    m_sessions->setObjectName(QStringLiteral("sessionTable"));
    m_sessions->setHorizontalHeaderLabels(
        {tr("Dates"), tr("Training"), tr("Place"), tr("Hours"), tr("Places left")});
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sessions->setColumnWidth(0, 190);
    m_sessions->setColumnWidth(2, 150);
    m_status->setObjectName(QStringLiteral("enrolStatus"));
    m_status->addItem(enrolmentStatusLabel(EnrolmentStatus::Enrolled),
                      enrolmentStatusKey(EnrolmentStatus::Enrolled));
    m_status->addItem(enrolmentStatusLabel(EnrolmentStatus::Wish), enrolmentStatusKey(EnrolmentStatus::Wish));
    m_error->setObjectName(QStringLiteral("enrolError"));
    m_error->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_error);
    m_error->hide();
    m_enrolButton->setObjectName(QStringLiteral("confirmEnrolButton"));
    m_enrolButton->setDefault(true);
    m_enrolButton->setEnabled(false);

    auto* hint = new QLabel(tr("Sessions not over yet, soonest first. A wish does not take a place."), this);
    hint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(hint);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Record as:"), this));
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->addButton(m_enrolButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_sessions, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_sessions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_enrolButton->setEnabled(!m_sessions->selectedItems().isEmpty()); });
    connect(m_sessions, &QTableWidget::cellActivated, this, [this] {
        if (enrolSelected())
            accept();
    });
    connect(m_enrolButton, &QPushButton::clicked, this, [this] {
        if (enrolSelected())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 460);
    load();
}

void EnrolInSessionDialog::load()
{
    TrainingSessionFilter filter;
    const QDate today = m_context.clock().today();
    filter.from = today;
    filter.today = today;
    filter.limit = 300;
    try {
        m_rows = m_context.trainings().sessions(filter);
    } catch (const DomainError& error) {
        m_error->setText(tr("The sessions could not be read: %1").arg(error.message()));
        m_error->show();
        return;
    }
    const QLocale locale;
    m_sessions->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const TrainingSessionRow& r = m_rows.at(row);
        const QString dates = r.session.startDate == r.session.endDate
                                  ? r.session.startDate.toString(QStringLiteral("dd/MM/yyyy"))
                                  : tr("%1 to %2")
                                        .arg(r.session.startDate.toString(QStringLiteral("dd/MM/yyyy")),
                                             r.session.endDate.toString(QStringLiteral("dd/MM/yyyy")));
        m_sessions->setItem(row, 0, new QTableWidgetItem(dates));
        m_sessions->setItem(row, 1, new QTableWidgetItem(r.courseTitle));
        m_sessions->setItem(row, 2, new QTableWidgetItem(r.session.place));
        m_sessions->setItem(row, 3, new QTableWidgetItem(tr("%1 h").arg(locale.toString(r.session.hours))));
        const int left = r.placesLeft();
        m_sessions->setItem(row, 4, new QTableWidgetItem(left < 0 ? tr("No limit") : locale.toString(left)));
    }
}

bool EnrolInSessionDialog::enrolSelected()
{
    const int row = m_sessions->currentRow();
    if (row < 0 || row >= m_rows.size())
        return false;
    const auto status = enrolmentStatusFromKey(m_status->currentData().toString());
    FieldErrors errors;
    try {
        errors = TrainingService(m_context).enrol(m_rows.at(row).session.id, m_childminderId,
                                                  status.value_or(EnrolmentStatus::Enrolled));
    } catch (const DomainError& error) {
        errors.append({QString(), error.message()});
    }
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError& e : errors)
            messages << e.message;
        m_error->setText(messages.join(QLatin1Char('\n')));
        m_error->show();
        return false;
    }
    m_enrolledSession = m_rows.at(row).session.id;
    return true;
}

} // namespace parcours
