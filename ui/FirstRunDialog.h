#pragma once

#include <QDialog>

class QRadioButton;

namespace parcours {

class Clock;

// Shown when the database file does not exist yet: start with an empty
// register, or with fictional demonstration data to discover the software
// or train colleagues.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
  public:
    static constexpr int kDemoSize = 1100; // about the size of the Meuse register
    static constexpr quint32 kDemoSeed = 55;

    explicit FirstRunDialog(const QString& path, QWidget* parent = nullptr);

    bool demoChosen() const;
    void chooseDemo(bool demo);

    // Creates the database at `path` as the user chooses. False when she quits.
    static bool prepare(const QString& path, const Clock& clock);
    // Writes the demo data into the (new) file, off the GUI thread.
    static bool fillWithDemo(QWidget* parent, const QString& path, const Clock& clock);

  private:
    QRadioButton* m_empty;
    QRadioButton* m_demo;
};

} // namespace parcours
