#include "FirstRunDialog.h"

#include "AppContext.h"
#include "AuditService.h"
#include "BackgroundTask.h"
#include "DemoAccounts.h"
#include "DemoCareerPaths.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "DemoSurveyCampaigns.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "Logging.h"
#include "MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace parcours {

FirstRunDialog::FirstRunDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_empty(new QRadioButton(tr("&Empty database"), this)),
      m_demo(new QRadioButton(tr("&Demonstration data"), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Parcours Pro"));
    m_empty->setObjectName(QStringLiteral("emptyRadio"));
    m_demo->setObjectName(QStringLiteral("demoRadio"));
    m_empty->setChecked(true);

    auto* intro = new QLabel(tr("No database exists yet at this place:\n%1\n\nHow do you want to start?")
                                 .arg(QDir::toNativeSeparators(path)),
                             this);
    intro->setWordWrap(true);
    auto* emptyHelp = new QLabel(tr("For real work: you then import the PMI list (File > Import a PMI list…) "
                                    "or enter the childminders one by one."),
                                 this);
    auto* demoHelp =
        new QLabel(tr("About %1 fictional childminders, relays and MAMs in real communes, to "
                      "discover the software or train colleagues. Never mix them with real data.")
                       .arg(QLocale().toString(kDemoSize)), // "1 100", as French writes it
                   this);
    for (QLabel* help : {emptyHelp, demoHelp}) {
        help->setWordWrap(true);
        help->setIndent(24);
        FieldErrorLabels::styleAsHint(help);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_empty);
    layout->addWidget(emptyHelp);
    layout->addWidget(m_demo);
    layout->addWidget(demoHelp);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(540);
}

bool FirstRunDialog::demoChosen() const
{
    return m_demo->isChecked();
}

void FirstRunDialog::chooseDemo(bool demo)
{
    (demo ? m_demo : m_empty)->setChecked(true);
}

bool FirstRunDialog::fillWithDemo(QWidget* parent, const QString& path, const Clock& clock)
{
    try {
        return BackgroundTask::run(
            parent, tr("Creating the demonstration data…"), path, clock,
            [](AppContext& context, const BackgroundTask::Progress& progress) {
                // Issue 5: one "demo" audit event, not a row per record.
                AuditService(context).withoutRowCapture(
                    QStringLiteral("demo"), QStringLiteral("{\"size\":%1}").arg(kDemoSize), [&] {
                        DemoDataGenerator generator(context.childminders(), context.approvals(),
                                                    context.relays(), context.mams(), context.transactions(),
                                                    context.clock(), context.rules());
                        generator.generate(kDemoSize, kDemoSeed, progress);
                        DemoContactLog(context.childminders(), context.contacts(), context.transactions(),
                                       context.clock())
                            .generate(kDemoSeed);
                        DemoSurveyCampaigns(context).generate(kDemoSeed);
                        DemoCareerPaths(context).generate(kDemoSeed);
                    });
                DemoAccounts::create(context); // one documented account per role
            },
            Session::system());
    } catch (const DomainError& error) {
        logError(QStringLiteral("demo data generation failed"));
        MessageBox::critical(parent, tr("The demonstration data could not be created"), error.message());
        return false;
    }
}

bool FirstRunDialog::prepare(const QString& path, const Clock& clock)
{
    FirstRunDialog dialog(path);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.demoChosen() && !fillWithDemo(nullptr, path, clock))
        MessageBox::information(nullptr, tr("Empty database"),
                                tr("The database was created without demonstration data."));
    else if (dialog.demoChosen())
        MessageBox::information(nullptr, tr("Demonstration accounts"),
                                tr("Sign in with one of these accounts (login / password):\n\n%1\n\n"
                                   "« coordination » can do everything, including managing users.")
                                    .arg(DemoAccounts::describe()));
    return true;
}

} // namespace parcours
