#pragma once

#include "CollectiveActivity.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QTimer>
#include <functional>

namespace parcours::retentiontest {

// Runs `answer` on the modal dialog of type T once it is up; a dialog still
// open 5 s later is rejected so a broken test fails instead of hanging.
template <typename T> void whenModal(std::function<void(T*)> answer)
{
    QTimer::singleShot(0, [answer] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            answer(dialog);
    });
    QTimer::singleShot(5000, [] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
}

// An activity with what the tests vary; the rest left to the defaults.
inline CollectiveActivity makeActivity(ActivityKind kind, const QString& title, QDate date, double hours,
                                       qint64 relayId, const QString& place = QString())
{
    CollectiveActivity a;
    a.kind = kind;
    a.title = title;
    a.date = date;
    a.hours = hours;
    a.relayId = relayId;
    a.place = place;
    return a;
}

} // namespace parcours::retentiontest
