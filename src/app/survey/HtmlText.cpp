#include "HtmlText.h"

#include <QRegularExpression>
#include <QStringList>
#include <iterator>

namespace parcours {

namespace {

// HTML 4 names for U+00A0..U+00FF (French accents live here), in code order.
const char* const kLatin1Names[] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedEntity
{
    const char* name;
    char32_t code;
};

// The few others that French texts typed in a web editor produce.
const NamedEntity kOtherNames[] = {
    {"amp", U'&'},        {"lt", U'<'},         {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},      {"OElig", U'\u0152'}, {"oelig", U'\u0153'},  {"Yuml", U'\u0178'},
    {"euro", U'\u20AC'},  {"ndash", U'\u2013'}, {"mdash", U'\u2014'},  {"lsquo", U'\u2018'},
    {"rsquo", U'\u2019'}, {"ldquo", U'\u201C'}, {"rdquo", U'\u201D'},  {"hellip", U'\u2026'},
    {"bull", U'\u2022'},  {"trade", U'\u2122'}, {"thinsp", U'\u2009'}, {"nbhy", U'\u2011'}};

char32_t namedEntity(const QString& name)
{
    for (int i = 0; i < int(std::size(kLatin1Names)); ++i)
        if (name == QLatin1String(kLatin1Names[i]))
            return char32_t(0xA0 + i);
    for (const NamedEntity& e : kOtherNames)
        if (name == QLatin1String(e.name))
            return e.code;
    return 0;
}

bool isAcceptableCodePoint(char32_t c)
{
    // No NUL or control characters (except line breaks and tabs), no lone surrogates.
    if (c == U'\n' || c == U'\t')
        return true;
    return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && !(c >= 0xD800 && c <= 0xDFFF) &&
           c <= 0x10FFFF;
}

QString decodeEntities(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out += text[i];
            continue;
        }
        const qsizetype end = text.indexOf(QLatin1Char(';'), i + 1);
        if (end < 0 || end - i > 12) {
            out += text[i];
            continue;
        }
        const QString entity = text.mid(i + 1, end - i - 1);
        char32_t code = 0;
        bool ok = false;
        if (entity.startsWith(QLatin1String("#x")) || entity.startsWith(QLatin1String("#X")))
            code = char32_t(entity.mid(2).toUInt(&ok, 16));
        else if (entity.startsWith(QLatin1Char('#')))
            code = char32_t(entity.mid(1).toUInt(&ok, 10));
        else {
            code = namedEntity(entity);
            ok = code != 0;
        }
        if (!ok || !isAcceptableCodePoint(code)) {
            out += text[i]; // not an entity we know: leave the text as typed
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = end;
    }
    return out;
}

bool startsBlock(const QString& tag)
{
    static const QStringList blocks = {QStringLiteral("br"), QStringLiteral("p"),     QStringLiteral("div"),
                                       QStringLiteral("li"), QStringLiteral("tr"),    QStringLiteral("ul"),
                                       QStringLiteral("ol"), QStringLiteral("table"), QStringLiteral("h1"),
                                       QStringLiteral("h2"), QStringLiteral("h3"),    QStringLiteral("h4"),
                                       QStringLiteral("h5"), QStringLiteral("h6")};
    return blocks.contains(tag);
}

// Removes tags and comments. Text between tags (including that of <script>
// and <style>) stays as text.
QString stripTags(const QString& html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c != QLatin1Char('<') || i + 1 >= n) {
            out += c;
            ++i;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype close = html.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const QChar next = html[i + 1];
        const bool isTag = next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!') ||
                           next == QLatin1Char('?');
        if (!isTag) { // "a < b" is text
            out += c;
            ++i;
            continue;
        }
        // Find the closing '>' outside quoted attribute values.
        qsizetype j = i + 1;
        QChar quote;
        for (; j < n; ++j) {
            const QChar d = html[j];
            if (!quote.isNull()) {
                if (d == quote)
                    quote = QChar();
            } else if (d == QLatin1Char('"') || d == QLatin1Char('\'')) {
                quote = d;
            } else if (d == QLatin1Char('>')) {
                break;
            }
        }
        qsizetype nameStart = i + 1;
        if (nameStart < n && html[nameStart] == QLatin1Char('/'))
            ++nameStart;
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && html[nameEnd].isLetterOrNumber())
            ++nameEnd;
        if (startsBlock(html.mid(nameStart, nameEnd - nameStart).toLower()))
            out += QLatin1Char('\n');
        // An unterminated tag runs to the end of the text: drop it rather than
        // leave half a tag behind.
        i = j < n ? j + 1 : n;
    }
    return out;
}

QString tidyWhitespace(const QString& text)
{
    QString flat = text;
    flat.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    flat.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    flat.replace(QChar(0x00A0), QLatin1Char(' '));
    flat.remove(QChar(0x00AD)); // soft hyphen
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\f\\v]+"));
    QStringList lines;
    bool previousBlank = true;
    for (const QString& raw : flat.split(QLatin1Char('\n'))) {
        const QString line = QString(raw).replace(spaces, QStringLiteral(" ")).trimmed();
        if (line.isEmpty()) {
            if (!previousBlank)
                lines << QString();
            previousBlank = true;
        } else {
            lines << line;
            previousBlank = false;
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString htmlToPlainText(const QString& html)
{
    static const QRegularExpression tagLike(QStringLiteral("<[A-Za-z/!?]"));
    QString text = decodeEntities(stripTags(html));
    // Texts escaped twice ("&lt;script&gt;") decode into markup. A label left in
    // Qt::AutoText would render it, so strip again until nothing looks like a tag.
    for (int pass = 0; pass < 4 && text.contains(tagLike); ++pass)
        text = decodeEntities(stripTags(text));
    if (text.contains(tagLike))
        text.replace(QLatin1Char('<'), QChar(0x2039)); // a lookalike that no parser reads as a tag
    return tidyWhitespace(text);
}

} // namespace parcours
