#pragma once

#include <QString>

namespace parcours {

// Turns the HTML that LimeSurvey stores in its texts into plain text: tags
// and comments removed, entities decoded, whitespace tidied. The contents of
// <script> and <style> are kept as ordinary words, never as code: the result
// is meant to be shown as text (Qt::PlainText), never rendered as HTML.
QString htmlToPlainText(const QString& html);

} // namespace parcours
