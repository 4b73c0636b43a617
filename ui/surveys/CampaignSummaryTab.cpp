#include "CampaignSummaryTab.h"

#include "FieldErrorLabels.h"
#include "StatTile.h"
#include "SurveyCharts.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours {

namespace {

// Holds the place of a chart and builds it the first time it is painted, i.e.
// scrolled into view: a 60-question summary then opens at once and scrolls
// smoothly, and charts nobody looks at are never built.
class LazyChart : public QWidget
{
  public:
    LazyChart(std::function<QChart*()> build, int height, QWidget* parent)
        : QWidget(parent), m_build(std::move(build))
    {
        setFixedHeight(height);
        setMinimumWidth(480);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
    }
    // Builds now (screenshots, tests).
    void build()
    {
        if (m_built)
            return;
        m_built = true;
        QChart* chart = m_build();
        if (!chart)
            return;
        auto* view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        layout()->addWidget(view);
    }

  protected:
    void paintEvent(QPaintEvent* event) override
    {
        QWidget::paintEvent(event);
        if (!m_built && !m_scheduled) {
            // Not from within a paint event: adding a child relayouts.
            m_scheduled = true;
            QTimer::singleShot(0, this, [this] { build(); });
        }
    }

  private:
    std::function<QChart*()> m_build;
    bool m_built = false;
    bool m_scheduled = false;
};

// A read-only table as tall as its rows: the page scrolls, not the table.
QTableWidget* makeTable(const QStringList& headers, const QList<QStringList>& rows, QWidget* parent,
                        int boldLastRows = 0)
{
    auto* table = new QTableWidget(int(rows.size()), int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setAlternatingRowColors(true);
    // One line per row, all rows alike: the table is sized before the layout
    // gives it its width, so wrapped rows would come out uneven.
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < headers.size() && column < rows.at(row).size(); ++column) {
            auto* item = new QTableWidgetItem(rows.at(row).at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row >= rows.size() - boldLastRows) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            table->setItem(row, column, item);
        }
    }
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    int height = header->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
    return table;
}

constexpr int kFreeTextsOnScreen = 100;

QString mean(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

CampaignSummaryTab::CampaignSummaryTab(AppContext& context, const SurveyCampaign& campaign, QWidget* parent)
    : QWidget(parent), m_context(context), m_campaign(campaign),
      m_loader(new CampaignSummaryLoader(context, this)), m_relay(new QComboBox(this)),
      m_freeTexts(new QCheckBox(tr("Include written answers (names removed)"), this)),
      m_pdfButton(new QPushButton(tr("Export the summary as PDF…"), this)),
      m_jsonButton(new QPushButton(tr("Export as JSON…"), this)), m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("campaignSummaryTab"));
    m_relay->setObjectName(QStringLiteral("summaryRelay"));
    m_relay->addItem(tr("All RPEs"), qint64(0));
    m_relay->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_freeTexts->setObjectName(QStringLiteral("summaryFreeTexts"));
    m_freeTexts->setToolTip(
        tr("Shows what people wrote in their own words, with their names replaced by "
           "« [nom] ». Read it before sharing: other details may still identify someone."));
    m_pdfButton->setObjectName(QStringLiteral("summaryExportPdf"));
    m_jsonButton->setObjectName(QStringLiteral("summaryExportJson"));
    m_status->setObjectName(QStringLiteral("summaryStatus"));
    m_status->setWordWrap(true);
    FieldErrorLabels::styleAsHint(m_status);
    m_scroll->setObjectName(QStringLiteral("summaryScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_relay);
    bar->addSpacing(12);
    bar->addWidget(m_freeTexts);
    bar->addStretch(1);
    bar->addWidget(m_pdfButton);
    bar->addWidget(m_jsonButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
    clearContent();

    connect(m_loader, &CampaignSummaryLoader::loaded, this, &CampaignSummaryTab::display);
    connect(m_relay, &QComboBox::currentIndexChanged, this, &CampaignSummaryTab::refresh);
    connect(m_freeTexts, &QCheckBox::toggled, this, &CampaignSummaryTab::refresh);
    connect(m_pdfButton, &QPushButton::clicked, this, &CampaignSummaryTab::exportPdf);
    connect(m_jsonButton, &QPushButton::clicked, this, &CampaignSummaryTab::exportJson);
    // Computed when first looked at (the page calls refresh()), not on every campaign opened.
}

qint64 CampaignSummaryTab::relayId() const
{
    return m_relay->currentData().toLongLong();
}

void CampaignSummaryTab::setRelay(qint64 relayId)
{
    const int index = m_relay->findData(relayId);
    if (index >= 0 && index != m_relay->currentIndex())
        m_relay->setCurrentIndex(index); // refreshes
    else
        refresh();
}

SurveySummaryRequest CampaignSummaryTab::request(bool forExport) const
{
    SurveySummaryRequest request;
    request.year = m_campaign.year;
    request.relayId = relayId();
    request.includeFreeTexts = m_freeTexts->isChecked();
    // Exact figures only on screen and for the whole campaign.
    request.suppressSmallCells = forExport || request.relayId != 0;
    return request;
}

void CampaignSummaryTab::refresh()
{
    m_status->setText(tr("Computing the summary…"));
    FieldErrorLabels::styleAsHint(m_status);
    m_loader->start(request(false));
}

void CampaignSummaryTab::clearContent()
{
    m_reachTable = nullptr;
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("summaryContent"));
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setSpacing(8);
    m_scroll->setWidget(m_content); // deletes the previous content
}

void CampaignSummaryTab::display(const CampaignSummaryLoader::Result& result)
{
    if (!result.error.isEmpty()) {
        m_status->setText(tr("The summary could not be computed: %1").arg(result.error));
        FieldErrorLabels::styleAsError(m_status);
        m_summary = {};
        clearContent();
        emit summaryShown();
        return;
    }
    m_summary = result.summary;
    if (result.request.relayId == 0)
        fillRelays(m_summary);
    m_status->setText(
        m_summary.suppressSmallCells
            ? tr("Groups of 1 to 4 people are shown as « < 5 » so that nobody can be recognised.")
            : tr("Exact figures of the whole campaign. Exports and the view of one RPE show "
                 "« < 5 » for groups of 1 to 4 people."));
    FieldErrorLabels::styleAsHint(m_status);
    clearContent();
    addKeyFigures(m_summary);
    addReach(m_summary);
    addQuestions(m_summary);
    addPlacesAtRisk(m_summary);
    addTrainingWishes(m_summary);
    m_contentLayout->addStretch(1);
    emit summaryShown();
}

void CampaignSummaryTab::fillRelays(const SurveySummary& summary)
{
    if (m_relaysFilled)
        return;
    m_relaysFilled = true;
    const QSignalBlocker blocker(m_relay);
    for (const CampaignReach& reach : summary.reachByRelay)
        if (reach.relayId != 0 && m_relay->findData(reach.relayId) < 0)
            m_relay->addItem(reach.relayName, reach.relayId);
}

void CampaignSummaryTab::addHeading(const QString& text, int level)
{
    auto* label = new QLabel(text, m_content);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * (level == 1 ? 1.35 : 1.1));
    label->setFont(font);
    label->setWordWrap(true);
    label->setContentsMargins(0, level == 1 ? 14 : 8, 0, 0);
    m_contentLayout->addWidget(label);
}

void CampaignSummaryTab::addNote(const QString& text)
{
    auto* label = new QLabel(text, m_content);
    label->setWordWrap(true);
    FieldErrorLabels::styleAsHint(label);
    m_contentLayout->addWidget(label);
}

void CampaignSummaryTab::addKeyFigures(const SurveySummary& s)
{
    const bool hide = s.suppressSmallCells;
    const CampaignReach& r = s.reach;
    addHeading(s.relayId == 0 ? tr("Annual survey %1 — whole campaign").arg(s.year)
                              : tr("Annual survey %1 — %2").arg(s.year).arg(s.relayName),
               1);
    addNote(tr("Questionnaire: %1 (version %2)").arg(s.questionnaireName).arg(s.questionnaireVersion));
    auto* tiles = new QHBoxLayout;
    auto* inScope = new StatTile(tr("People in scope"), m_content);
    inScope->setObjectName(QStringLiteral("tileInScope"));
    inScope->setValue(displayCount(r.inScope, hide), tr("childminders concerned by the campaign"));
    auto* contacted = new StatTile(tr("Contacted"), m_content);
    contacted->setObjectName(QStringLiteral("tileContacted"));
    contacted->setValue(displayCount(r.contacted, hide),
                        tr("%1 of the people in scope").arg(displayPercent(r.contacted, r.inScope, hide)));
    auto* responded = new StatTile(tr("Responded"), m_content);
    responded->setObjectName(QStringLiteral("tileResponded"));
    responded->setValue(displayCount(r.responded, hide),
                        tr("%1 of the people contacted").arg(displayPercent(r.responded, r.contacted, hide)));
    tiles->addWidget(inScope);
    tiles->addWidget(contacted);
    tiles->addWidget(responded);
    m_contentLayout->addLayout(tiles);
}

void CampaignSummaryTab::addReach(const SurveySummary& s)
{
    const bool hide = s.suppressSmallCells;
    addHeading(tr("Reach per RPE"), 1);
    QList<QStringList> rows;
    QList<CampaignReach> lines = s.reachByRelay;
    // The whole campaign gets a total line (one RPE alone would repeat it).
    const bool withTotal = s.relayId == 0 && lines.size() != 1;
    if (withTotal)
        lines.append(s.reach);
    for (int i = 0; i < lines.size(); ++i) {
        const CampaignReach& r = lines.at(i);
        const QString name = withTotal && i == lines.size() - 1
                                 ? tr("Total")
                                 : (r.relayName.isEmpty() ? tr("No RPE") : r.relayName);
        rows.append({name, displayCount(r.inScope, hide), displayCount(r.contacted, hide),
                     displayCount(r.responded, hide), displayPercent(r.responded, r.contacted, hide),
                     displayCount(r.refused, hide), displayCount(r.unreachable, hide)});
    }
    m_reachTable = makeTable({tr("RPE"), tr("In scope"), tr("Contacted"), tr("Responded"),
                              tr("Response rate"), tr("Refused"), tr("Unreachable")},
                             rows, m_content, withTotal ? 1 : 0);
    m_reachTable->setObjectName(QStringLiteral("summaryReachTable"));
    m_contentLayout->addWidget(m_reachTable);
    addNote(tr("Response rate: people who responded among those contacted."));
}

void CampaignSummaryTab::addQuestions(const SurveySummary& s)
{
    const bool hide = s.suppressSmallCells;
    QString section;
    bool first = true;
    for (const QuestionSummary& q : s.questions) {
        if (first || q.sectionTitle != section) {
            section = q.sectionTitle;
            addHeading(section.isEmpty() ? tr("Answers") : section, 1);
            first = false;
        }
        addHeading(q.text, 2);
        addNote(tr("Asked to %1 people, %2 answered.")
                    .arg(displayCount(q.asked, hide), displayCount(q.answered, hide)));
        if (hasQuestionChart(q)) {
            // The summary is copied: the chart may be built after another computation.
            const QuestionSummary copy = q;
            m_contentLayout->addWidget(new LazyChart([copy, hide] { return buildQuestionChart(copy, hide); },
                                                     suggestedChartHeight(int(q.counts.size())), m_content));
            QList<QStringList> rows;
            for (const AnswerCount& c : q.counts)
                rows.append(
                    {c.label, displayCount(c.count, hide), displayPercent(c.count, q.answered, hide)});
            auto* table = makeTable({tr("Answer"), tr("People"), tr("Share of answers")}, rows, m_content);
            table->setObjectName(QStringLiteral("questionTable:%1").arg(q.code));
            m_contentLayout->addWidget(table);
        }
        if ((q.type == QuestionType::Number || q.type == QuestionType::Scale1To5) && q.mean) {
            if (hide && isSmallCell(q.answered))
                addNote(tr("Too few answers to show an average."));
            else if (q.type == QuestionType::Scale1To5)
                addNote(tr("Average score: %1 out of 5.").arg(mean(*q.mean)));
            else
                addNote(tr("Average: %1 — minimum: %2 — maximum: %3.")
                            .arg(mean(*q.mean), mean(q.minimum.value_or(0)), mean(q.maximum.value_or(0))));
        }
        if (!q.freeTexts.isEmpty()) {
            // A screenful per question: the PDF and JSON carry more.
            const int shown = int(qMin<qsizetype>(q.freeTexts.size(), kFreeTextsOnScreen));
            auto* texts = new QLabel(m_content);
            texts->setWordWrap(true);
            texts->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QStringList items;
            for (int i = 0; i < shown; ++i)
                items.append(QStringLiteral("<li>%1</li>").arg(q.freeTexts.at(i).toHtmlEscaped()));
            texts->setText(QStringLiteral("<ul>%1</ul>").arg(items.join(QString())));
            m_contentLayout->addWidget(texts);
            if (qMax(q.freeTextCount, int(q.freeTexts.size())) > shown)
                addNote(tr("%1 written answers in all; the first %2 are shown.")
                            .arg(displayCount(qMax(q.freeTextCount, int(q.freeTexts.size())), false))
                            .arg(shown));
        }
    }
}

void CampaignSummaryTab::addPlacesAtRisk(const SurveySummary& s)
{
    const bool hide = s.suppressSmallCells;
    addHeading(tr("Places at risk per RPE"), 1);
    addNote(tr("Agrément places of the respondents who plan to stop within 1, 3 or 5 years (each period "
               "includes the shorter ones)."));
    if (s.placesAtRisk.isEmpty()) {
        addNote(tr("Nobody said she plans to stop."));
        return;
    }
    QList<QStringList> rows;
    for (const PlacesAtRisk& p : s.placesAtRisk) {
        const QString name = p.relayId == 0 && &p == &s.placesAtRisk.last()
                                 ? tr("Total")
                                 : (p.relayName.isEmpty() ? tr("No RPE") : p.relayName);
        rows.append(
            {name, displayCount(p.peopleWithin1, hide),
             displayFigureAbout(p.placesWithin1, p.peopleWithin1, hide), displayCount(p.peopleWithin3, hide),
             displayFigureAbout(p.placesWithin3, p.peopleWithin3, hide), displayCount(p.peopleWithin5, hide),
             displayFigureAbout(p.placesWithin5, p.peopleWithin5, hide)});
    }
    const bool hasTotal = s.placesAtRisk.last().relayId == 0;
    auto* table = makeTable({tr("RPE"), tr("People (1 year)"), tr("Places (1 year)"), tr("People (3 years)"),
                             tr("Places (3 years)"), tr("People (5 years)"), tr("Places (5 years)")},
                            rows, m_content, hasTotal ? 1 : 0);
    table->setObjectName(QStringLiteral("summaryPlacesTable"));
    m_contentLayout->addWidget(table);
    const QList<PlacesAtRisk> copy = s.placesAtRisk;
    // A chart only when it draws a bar: hidden and zero figures leave it empty.
    int relays = 0;
    bool drawn = false;
    for (const PlacesAtRisk& p : copy) {
        if (p.relayId == 0)
            continue;
        ++relays;
        drawn |= p.placesWithin5 > 0 && !(hide && isSmallCell(p.peopleWithin5));
    }
    if (relays > 0 && drawn)
        m_contentLayout->addWidget(new LazyChart([copy, hide] { return buildPlacesAtRiskChart(copy, hide); },
                                                 qMax(260, suggestedChartHeight(relays * 3)), m_content));
}

void CampaignSummaryTab::addTrainingWishes(const SurveySummary& s)
{
    const bool hide = s.suppressSmallCells;
    addHeading(tr("Training wishes per RPE"), 1);
    if (s.trainingWishes.isEmpty()) {
        addNote(tr("No training wish expressed."));
        return;
    }
    QList<QStringList> rows;
    for (const RelayTrainingWishes& w : s.trainingWishes) {
        const QString name = w.relayName.isEmpty() ? tr("No RPE") : w.relayName;
        if (w.themes.isEmpty())
            rows.append({name, QString(), QString(), QString()});
        for (int i = 0; i < w.themes.size(); ++i) {
            const AnswerCount& t = w.themes.at(i);
            rows.append({i == 0 ? tr("%1 (%2 respondents asked)").arg(name, displayCount(w.respondents, hide))
                                : QString(),
                         t.label, displayCount(t.count, hide), displayPercent(t.count, w.respondents, hide)});
        }
    }
    auto* table = makeTable({tr("RPE"), tr("Theme"), tr("People"), tr("Share")}, rows, m_content);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < table->rowCount(); ++row)
        if (QTableWidgetItem* item = table->item(row, 1))
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setObjectName(QStringLiteral("summaryTrainingTable"));
    m_contentLayout->addWidget(table);
}

} // namespace parcours
