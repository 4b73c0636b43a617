#pragma once

#include <QObject>

class QAbstractItemView;
class QWidget;

namespace parcours {

// For parcours-bench (issue 6): measures a cold start. Installed by main()
// when --quit-after-first-paint is given, it watches the register list and,
// once it has been painted with its rows (or empty, for an empty register),
// prints "first-paint-ms=<ms since the process started> peak-rss-kb=<VmHWM>"
// on stdout and ends the process at once. Nothing of MainWindow changes: the list is found by
// its objectName.
class FirstPaintProbe : public QObject
{
  public:
    // Shows the register page (the window opens on the dashboard) and starts
    // watching; false when the window has no "childminderTable".
    static bool install(QWidget* window);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    FirstPaintProbe(QAbstractItemView* view, QObject* parent);
    void report();

    QAbstractItemView* m_view;
    bool m_done = false;
};

} // namespace parcours
