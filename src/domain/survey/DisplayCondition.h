#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

// "Show this question only when question <questionCode> was answered with one
// of <expectedValues>" (option codes; "Y"/"N" for yes/no). An empty
// questionCode means the question is always shown.
struct DisplayCondition
{
    QString questionCode;
    QStringList expectedValues;

    bool isSet() const { return !questionCode.isEmpty(); }

    friend bool operator==(const DisplayCondition& a, const DisplayCondition& b)
    {
        return a.questionCode == b.questionCode && a.expectedValues == b.expectedValues;
    }
};

} // namespace parcours
