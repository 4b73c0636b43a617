#include "ImportFilePage.h"

#include "FieldErrorLabels.h"
#include "FileDialog.h"
#include "ImportWizard.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace parcours {

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)), m_error(new QLabel(this))
{
    setTitle(tr("Choose the list sent by the PMI service"));
    setSubTitle(tr("A CSV file saved from Excel (“CSV (separator: semicolon)” or “CSV UTF-8”)."));
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_error->setObjectName(QStringLiteral("importFileError"));
    FieldErrorLabels::styleAsError(m_error);
    m_error->hide();
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            FileDialog::getOpenFileName(this, tr("Choose the PMI list"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setPath(path);
    });
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* help = new QLabel(tr("Nothing is written before the last step: you will first see the columns "
                               "recognised and what the import would change. An Excel workbook (.xlsx) must "
                               "first be saved as CSV from Excel (File > Save as)."),
                            this);
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("File:"), this));
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addSpacing(12);
    layout->addWidget(help);
    layout->addStretch(1);
}

void ImportFilePage::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    QString error;
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!m_wizard->loadFile(path, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

} // namespace parcours
