#include "ImportMappingPage.h"

#include "FieldErrorLabels.h"
#include "ImportWizard.h"
#include "PmiHeaderMatcher.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
constexpr int kIgnore = -1;

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char(';'))
        return ImportMappingPage::tr("semicolon (;)");
    if (separator == QLatin1Char(','))
        return ImportMappingPage::tr("comma (,)");
    if (separator == QLatin1Char('\t'))
        return ImportMappingPage::tr("tab");
    return QString(separator);
}
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_detected(new QLabel(this)), m_unknown(new QLabel(this)),
      m_problems(new QLabel(this)), m_preview(new QTableWidget(this))
{
    setTitle(tr("Check the columns"));
    setSubTitle(
        tr("For each column, choose what it holds. Columns highlighted in yellow were not recognised."));
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_unknown->setObjectName(QStringLiteral("unknownLabel"));
    m_unknown->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    FieldErrorLabels::styleAsError(m_problems);
    m_preview->setObjectName(QStringLiteral("mappingTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addWidget(m_unknown);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
}

void ImportMappingPage::initializePage()
{
    const CsvTable& table = m_wizard->preview();
    m_detected->setText(
        tr("Encoding: %1 — separator: %2 — %Ln line(s) of data", nullptr, m_wizard->recordCount())
            .arg(table.encodingName, separatorName(table.separator)));
    const PmiHeaderMatch match = PmiHeaderMatcher::matchAll(table.header);
    const int columns = int(table.header.size());
    const int rows = qMin(kPreviewRows, int(table.records.size()));
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(rows + 1);
    m_preview->setHorizontalHeaderLabels(table.header);
    QStringList rowLabels{tr("Holds")};
    for (int r = 0; r < rows; ++r)
        rowLabels << tr("Line %1").arg(table.records.at(r).line);
    m_preview->setVerticalHeaderLabels(rowLabels);

    m_choosers.clear();
    for (int c = 0; c < columns; ++c) {
        auto* chooser = new QComboBox(m_preview);
        chooser->setObjectName(QStringLiteral("columnChooser%1").arg(c));
        chooser->addItem(tr("Ignore this column"), kIgnore);
        for (const auto column : allPmiColumns())
            chooser->addItem(pmiColumnLabel(column), int(column));
        if (match.mapping.contains(c))
            chooser->setCurrentIndex(chooser->findData(int(match.mapping.value(c))));
        if (match.unknownColumns.contains(c)) {
            chooser->setStyleSheet(QStringLiteral("QComboBox { background: #fff1b8; }"));
            chooser->setToolTip(tr("This title was not recognised: choose what the column holds."));
        }
        connect(chooser, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateMapping);
        m_preview->setCellWidget(0, c, chooser);
        m_choosers.append(chooser);
        for (int r = 0; r < rows; ++r) {
            const QStringList& fields = table.records.at(r).fields;
            m_preview->setItem(r + 1, c, new QTableWidgetItem(c < fields.size() ? fields.at(c) : QString()));
        }
        m_preview->setColumnWidth(c, 180);
    }
    m_unknown->setText(match.unknownHeaders.isEmpty()
                           ? tr("All the column titles were recognised.")
                           : tr("Not recognised: %1.").arg(match.unknownHeaders.join(QStringLiteral(", "))));
    updateMapping();
}

void ImportMappingPage::updateMapping()
{
    QHash<int, PmiColumn> mapping;
    for (int c = 0; c < m_choosers.size(); ++c) {
        const int value = m_choosers.at(c)->currentData().toInt();
        if (value != kIgnore)
            mapping.insert(c, PmiColumn(value));
    }
    m_wizard->setMapping(mapping);
    const QStringList problems = PmiHeaderMatcher::mappingProblems(mapping, m_wizard->preview().header);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_usable = problems.isEmpty();
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_usable;
}

QComboBox* ImportMappingPage::columnChooser(int column) const
{
    return m_choosers.value(column);
}

} // namespace parcours
