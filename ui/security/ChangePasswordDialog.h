#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace parcours {

class AppContext;
class NewPasswordFields;

// Fichier > Changer mon mot de passe… : the signed-in user types her current
// password and the new one twice, with the strength meter. AuthService checks
// the current one and the CNIL rule; a refusal is shown in the window, which
// stays open so she can correct it.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit ChangePasswordDialog(AppContext& context, QWidget* parent = nullptr);

    // Test seam: the three fields at once.
    void fill(const QString& current, const QString& password, const QString& confirmation);
    QString errorText() const;

  public slots:
    void accept() override;

  private:
    void update();

    AppContext& m_context;
    QLineEdit* m_current;
    NewPasswordFields* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace parcours
