#pragma once

#include <QObject>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace parcours {

class PasswordMeter;

// A new password typed twice with the strength meter between, as the
// first-coordinator, user and change-password dialogs ask for it. The
// fields are children of the dialog; the dialog lays them out with addRows()
// and, on edited(), asks check() whether its OK button may be enabled.
class NewPasswordFields : public QObject
{
    Q_OBJECT
  public:
    explicit NewPasswordFields(QWidget* dialog);

    // "label" row, the meter under it, then « Again: ».
    void addRows(QFormLayout* form, const QString& label);
    // Updates the meter (the login counts against the password); true when
    // the password is strong enough and typed the same twice.
    bool check(const QString& login);
    // "The two passwords differ." once the second one is typed and differs.
    QString mismatch() const;
    QString password() const;
    void fill(const QString& password, const QString& confirmation);
    void clear();

  signals:
    void edited();

  private:
    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    PasswordMeter* m_meter;
};

} // namespace parcours
