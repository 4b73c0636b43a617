#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace parcours {

// A live strength meter under a password field: the estimated bits against the
// CNIL's 80, and in plain French why the password is refused (PasswordPolicy).
class PasswordMeter : public QWidget
{
    Q_OBJECT
  public:
    explicit PasswordMeter(QWidget* parent = nullptr);

    void setPassword(const QString& password, const QString& login);
    bool acceptable() const { return m_acceptable; }
    QString reasonsText() const;

  private:
    QProgressBar* m_bar;
    QLabel* m_reasons;
    bool m_acceptable = false;
};

} // namespace parcours
