#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QLineEdit;

namespace parcours {

// Ties a postal-code field to an editable commune chooser: once five digits
// are typed, the chooser offers the communes that code serves (most codes
// serve several villages), from the built-in reference data. The user may
// still type a name; the app layer checks it against the same data.
class CommuneCompleter : public QObject
{
    Q_OBJECT
  public:
    CommuneCompleter(QLineEdit* postalCode, QComboBox* commune, QObject* parent = nullptr);

    void setCommune(const QString& postalCode, const QString& inseeCode, const QString& name);
    QString postalCode() const;
    QString communeName() const;
    // The INSEE code of the chosen item; empty when the user typed a name
    // that is not in the list (the app layer then resolves it by name).
    QString inseeCode() const;

  signals:
    void changed();

  private:
    void refill();

    QLineEdit* m_postalCode;
    QComboBox* m_commune;
};

} // namespace parcours
