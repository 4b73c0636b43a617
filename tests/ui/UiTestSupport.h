#pragma once

#include "AppContext.h"
#include "ApprovalService.h"
#include "ChildminderService.h"
#include "FixedClock.h"
#include "QtStringMaker.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <memory>

namespace parcours::testing {

// Every GUI test runs on this day, so alerts and validity colours are stable.
inline const FixedClock& testClock()
{
    static const FixedClock clock(QDate(2026, 11, 16));
    return clock;
}

// A database file opens signed out (issue 5): tests work as the built-in
// system coordinator, as the demo generator does.
inline std::unique_ptr<AppContext> openSignedIn(const QString& path)
{
    auto context = AppContext::openFile(path, testClock());
    context->setSession(Session::system());
    return context;
}

inline std::unique_ptr<AppContext> emptyContext()
{
    return AppContext::openInMemory(testClock());
}

// A person saved as the editor would; with an agrément ending on `end` when valid.
inline qint64 addPerson(AppContext& context, const QString& usage, const QString& first,
                        const QString& postal, const QString& commune, QDate end = {})
{
    Childminder p;
    p.usageName = usage;
    p.firstName = first;
    p.birthDate = QDate(1975, 4, 12);
    p.postalCode = postal;
    p.communeName = commune;
    p.status = ChildminderStatus::Active;
    const FieldErrors errors = ChildminderService(context).save(p);
    REQUIRE(errors.isEmpty());
    if (end.isValid()) {
        Approval a;
        a.number = QStringLiteral("55-%1").arg(p.id, 4, 10, QLatin1Char('0'));
        a.startDate = end.addYears(-5).addDays(1);
        a.endDate = end;
        a.places = 4;
        REQUIRE(ApprovalService(context).grant(p.id, a).isEmpty());
    }
    return p.id;
}

// Three people in three communes; Lefèvre's agrément ends within the alert window.
struct SmallRegister
{
    qint64 lefevre = 0;
    qint64 martin = 0;
    qint64 durand = 0;
};

inline SmallRegister fillSmallRegister(AppContext& context)
{
    SmallRegister r;
    r.lefevre = addPerson(context, QStringLiteral("Lefèvre"), QStringLiteral("Hélène"),
                          QStringLiteral("55000"), QStringLiteral("Bar-le-Duc"), QDate(2027, 1, 31));
    r.martin = addPerson(context, QStringLiteral("Martin"), QStringLiteral("Zoé"), QStringLiteral("55100"),
                         QStringLiteral("Verdun"), QDate(2030, 6, 30));
    r.durand = addPerson(context, QStringLiteral("Durand"), QStringLiteral("Claire"), QStringLiteral("55200"),
                         QStringLiteral("Commercy"), QDate(2029, 3, 31));
    return r;
}

// Types text the way a user does. QTest::keyClicks cannot send accented
// letters, so those go as key events carrying the text.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    REQUIRE(found != nullptr);
    return found;
}

} // namespace parcours::testing
