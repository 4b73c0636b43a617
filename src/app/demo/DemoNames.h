#pragma once

#include <QStringList>

class QIODevice;

namespace parcours {

// The word lists the demo data is made of. They live in plain UTF-8 files
// under resources/demo/ (embedded as ":/demo/...") so anyone can read, extend
// or correct them without touching code.
struct DemoNames
{
    QStringList femaleFirstNames;
    QStringList maleFirstNames;
    QStringList surnames;
    QStringList streets;  // "rue des Tilleuls": a number is put in front
    QStringList mamNames; // "Les P'tits Loups": "MAM " is put in front

    // Reads prenoms-femmes.txt, prenoms-hommes.txt, noms.txt, voies.txt and
    // mams.txt from that folder. Throws DomainError when one is missing or
    // empty: the generator cannot make people without names.
    static DemoNames load(const QString& folder = QStringLiteral(":/demo"));
    // One entry per non-empty line; lines starting with '#' are comments.
    // Order is kept as in the file, because draws index into the list.
    static QStringList readList(QIODevice& device);
};

} // namespace parcours
