#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace parcours {

// What the isolation watch knows of one person (the SQL of
// SqlRetentionRepository computes the same thing for the whole register).
struct IsolationFacts
{
    bool statusActive = false;  // childminders.status = active
    bool approvalValid = false; // current agrément active or suspended, not ended
    QDate lastActivity;         // last collective activity attended (null: never)
    QDate lastRpeTraining;      // last attended training session held with an RPE
    QDate lastContact;          // last completed exchange with the service
};

// A childminder is isolated when she works (active, agrément in force) and
// in the last `isolationMonths` (RuleSettings) she attended no collective
// activity, took part in nothing with her RPE and had no completed exchange.
class IsolationRules
{
  public:
    explicit IsolationRules(int isolationMonths) : m_months(isolationMonths) {}

    // The first day that still counts: anything on or after it breaks isolation.
    QDate windowStart(QDate today) const { return today.addMonths(-m_months); }
    bool isIsolated(const IsolationFacts& facts, QDate today) const;
    int months() const { return m_months; }

  private:
    int m_months;
};

// Per RPE: how many of its working childminders are isolated.
struct RelayIsolationRow
{
    qint64 relayId = 0; // 0: people with no RPE
    QString relayName;
    int active = 0;
    int isolated = 0;
};

// One isolated person, with the last times she was seen.
struct IsolatedPersonRow
{
    qint64 childminderId = 0;
    QString name;
    QString communeName;
    QString phone;
    QDate lastActivity; // null: never
    QDate lastContact;  // null: never
};

} // namespace parcours
