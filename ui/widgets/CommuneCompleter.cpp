#include "CommuneCompleter.h"

#include "CommuneDirectory.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace parcours {

CommuneCompleter::CommuneCompleter(QLineEdit* postalCode, QComboBox* commune, QObject* parent)
    : QObject(parent), m_postalCode(postalCode), m_commune(commune)
{
    m_commune->setEditable(true);
    m_commune->setInsertPolicy(QComboBox::NoInsert);
    m_postalCode->setMaxLength(5);
    connect(m_postalCode, &QLineEdit::textChanged, this, [this] {
        refill();
        emit changed();
    });
    connect(m_commune, &QComboBox::currentTextChanged, this, &CommuneCompleter::changed);
}

void CommuneCompleter::refill()
{
    static const QRegularExpression fiveDigits(QStringLiteral("^\\d{5}$"));
    const QString postal = m_postalCode->text().trimmed();
    if (!fiveDigits.match(postal).hasMatch())
        return;
    const QString typed = m_commune->currentText();
    const auto communes = CommuneDirectory::builtin().byPostalCode(postal);
    const QSignalBlocker blocker(m_commune);
    m_commune->clear();
    for (const auto& commune : communes)
        m_commune->addItem(commune.name, commune.code);
    // Keep what the user already chose when the new code serves it; with a
    // single commune for the code, choose it for her.
    const int kept = m_commune->findText(typed, Qt::MatchFixedString);
    if (kept >= 0)
        m_commune->setCurrentIndex(kept);
    else if (communes.size() == 1)
        m_commune->setCurrentIndex(0);
    else
        m_commune->setCurrentText(typed);
}

void CommuneCompleter::setCommune(const QString& postalCode, const QString& inseeCode, const QString& name)
{
    {
        const QSignalBlocker blocker(m_postalCode);
        m_postalCode->setText(postalCode);
    }
    refill();
    const QSignalBlocker blocker(m_commune);
    const int index = inseeCode.isEmpty() ? m_commune->findText(name) : m_commune->findData(inseeCode);
    if (index >= 0) {
        m_commune->setCurrentIndex(index);
    } else if (!name.isEmpty()) {
        m_commune->addItem(name, inseeCode);
        m_commune->setCurrentIndex(m_commune->count() - 1);
    } else {
        m_commune->setCurrentIndex(-1);
        m_commune->setCurrentText(QString());
    }
}

QString CommuneCompleter::postalCode() const
{
    return m_postalCode->text().trimmed();
}

QString CommuneCompleter::communeName() const
{
    return m_commune->currentText().trimmed();
}

QString CommuneCompleter::inseeCode() const
{
    const int index = m_commune->currentIndex();
    if (index < 0 || m_commune->itemText(index) != m_commune->currentText())
        return {};
    return m_commune->itemData(index).toString();
}

} // namespace parcours
