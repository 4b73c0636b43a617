#include "ImmersionDialog.h"

#include "CareerService.h"
#include "DateLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

ImmersionDialog::ImmersionDialog(AppContext& context, const Immersion& immersion, QWidget* parent)
    : QDialog(parent), m_context(context), m_immersion(immersion), m_host(new QLineEdit(this)),
      m_start(new DateLineEdit(this)), m_end(new DateLineEdit(this)), m_renewalOf(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("immersionDialog"));
    setWindowTitle(immersion.id == 0 ? tr("Add an immersion (PMSMP)") : tr("Edit an immersion (PMSMP)"));
    m_host->setObjectName(QStringLiteral("immersionHost"));
    m_host->setText(immersion.hostName);
    m_host->setPlaceholderText(tr("Crèche, MAM, childminder who hosts her…"));
    m_start->setObjectName(QStringLiteral("immersionStart"));
    m_start->setDate(immersion.startDate);
    m_end->setObjectName(QStringLiteral("immersionEnd"));
    m_end->setDate(immersion.endDate);
    m_renewalOf->setObjectName(QStringLiteral("immersionRenewalOf"));
    m_renewalOf->addItem(tr("No, a new immersion"), qint64(0));
    for (const auto& other : CareerService(context).immersions(immersion.childminderId))
        if (other.id != immersion.id)
            m_renewalOf->addItem(tr("Renews %1, %2 to %3")
                                     .arg(other.hostName,
                                          other.startDate.toString(QStringLiteral("dd/MM/yyyy")),
                                          other.endDate.toString(QStringLiteral("dd/MM/yyyy"))),
                                 other.id);
    m_renewalOf->setCurrentIndex(std::max(0, m_renewalOf->findData(immersion.renewalOf)));
    m_note->setObjectName(QStringLiteral("immersionNote"));
    m_note->setText(immersion.note);
    m_problems->setObjectName(QStringLiteral("immersionProblems"));
    m_problems->setWordWrap(true);
    FieldErrorLabels::styleAsError(m_problems);

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"),
                 FieldErrorLabels::stack(m_host, m_errors.create(QStringLiteral("host"), this)));
    form->addRow(tr("&From:"), m_start);
    form->addRow(tr("&To:"), m_end);
    form->addRow(tr("&Renewal:"),
                 FieldErrorLabels::stack(m_renewalOf, m_errors.create(QStringLiteral("renewalOf"), this)));
    form->addRow(tr("&Note:"), m_note);
    for (auto* edit : {m_start, m_end})
        connect(edit, &QLineEdit::textChanged, this, &ImmersionDialog::updateProblems);
    connect(m_host, &QLineEdit::textChanged, this, &ImmersionDialog::updateProblems);
    connect(m_renewalOf, &QComboBox::currentIndexChanged, this, &ImmersionDialog::updateProblems);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_errors.create(QStringLiteral("childminder"), this));
    layout->addWidget(m_errors.create(QStringLiteral("version"), this));
    layout->addWidget(buttons);
    updateProblems();
}

Immersion ImmersionDialog::fromFields() const
{
    Immersion candidate = m_immersion;
    candidate.hostName = m_host->text();
    candidate.startDate = m_start->date();
    candidate.endDate = m_end->date();
    candidate.renewalOf = m_renewalOf->currentData().toLongLong();
    candidate.note = m_note->text();
    return candidate;
}

void ImmersionDialog::updateProblems()
{
    const Immersion candidate = fromFields();
    const QStringList problems = candidate.startDate.isValid() && candidate.endDate.isValid()
                                     ? CareerService(m_context).immersionProblems(candidate)
                                     : QStringList();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

bool ImmersionDialog::submit()
{
    Immersion candidate = fromFields();
    const FieldErrors errors = CareerService(m_context).save(candidate);
    // The PMSMP problems go to the label under the form.
    FieldErrors placed;
    QStringList rules;
    for (const auto& e : errors) {
        if (e.field == QLatin1String("dates"))
            rules.append(e.message);
        else
            placed.append(e);
    }
    for (const auto& e : m_errors.show(placed))
        rules.append(e.message);
    m_problems->setText(rules.join(QLatin1Char('\n')));
    m_problems->setVisible(!rules.isEmpty());
    if (!errors.isEmpty())
        return false;
    m_immersion = candidate;
    return true;
}

} // namespace parcours
