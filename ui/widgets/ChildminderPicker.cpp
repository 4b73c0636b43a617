#include "ChildminderPicker.h"

#include "ChildminderService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

ChildminderPicker::ChildminderPicker(ChildminderService& service, QWidget* parent)
    : QDialog(parent), m_service(service), m_search(new QLineEdit(this)), m_results(new QListWidget(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("childminderPicker"));
    setWindowTitle(tr("Choose a childminder"));
    m_search->setObjectName(QStringLiteral("pickerSearchEdit"));
    m_search->setPlaceholderText(tr("Name, commune or approval number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("pickerResults"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter in the search field chooses
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Type the beginning of her name:"), this));
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    resize(460, 420);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ChildminderPicker::search);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // Enter pressed right after typing: choose among what she typed, not
        // among the results of the previous letters.
        if (m_debounce->isActive()) {
            m_debounce->stop();
            search();
        }
        if (m_results->currentItem())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

void ChildminderPicker::search()
{
    ChildminderQuery query;
    query.text = m_search->text().trimmed();
    query.limit = kLimit;
    m_results->clear();
    for (const auto& row : m_service.page(query)) {
        const QString name = row.surname.toUpper() + QLatin1Char(' ') + row.firstName;
        auto* item = new QListWidgetItem(
            row.communeName.isEmpty() ? name : tr("%1 — %2").arg(name, row.communeName), m_results);
        item->setData(kIdRole, row.id);
        item->setData(kNameRole, name);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

qint64 ChildminderPicker::selectedId() const
{
    const auto* item = m_results->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

QString ChildminderPicker::selectedName() const
{
    const auto* item = m_results->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

} // namespace parcours
