#include "DemoNames.h"

#include "DomainError.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace parcours {

namespace {
QStringList readRequired(const QString& folder, const QString& fileName)
{
    QFile file(folder + QLatin1Char('/') + fileName);
    QStringList list;
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        list = DemoNames::readList(file);
    if (list.isEmpty())
        throw DomainError(QCoreApplication::translate("DemoDataGenerator",
                                                      "The demo word list %1 is missing or empty: this build "
                                                      "of the application is incomplete.")
                              .arg(fileName));
    return list;
}
} // namespace

QStringList DemoNames::readList(QIODevice& device)
{
    QTextStream in(&device);
    in.setEncoding(QStringConverter::Utf8);
    QStringList out;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.append(line);
    }
    return out;
}

DemoNames DemoNames::load(const QString& folder)
{
    DemoNames names;
    names.femaleFirstNames = readRequired(folder, QStringLiteral("prenoms-femmes.txt"));
    names.maleFirstNames = readRequired(folder, QStringLiteral("prenoms-hommes.txt"));
    names.surnames = readRequired(folder, QStringLiteral("noms.txt"));
    names.streets = readRequired(folder, QStringLiteral("voies.txt"));
    names.mamNames = readRequired(folder, QStringLiteral("mams.txt"));
    return names;
}

} // namespace parcours
