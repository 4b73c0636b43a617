#pragma once

#include <QComboBox>
#include <functional>

namespace parcours {

// A combo narrower than its items still opens a list that shows them whole.
void widenPopupToItems(QComboBox& combo);

// A combo box whose long list (thousands of relays in a national register) is
// read only when someone uses it: its first popup, key press or wheel turn.
// Until then it holds what the filler puts first (e.g. "All relays"), so the
// window paints without reading, sorting and measuring the whole list; a
// save elsewhere marks it stale instead of refilling it at once.
class LazyComboBox : public QComboBox
{
  public:
    using Filler = std::function<void(QComboBox&)>;

    explicit LazyComboBox(QWidget* parent = nullptr);

    // `fill` replaces the items (keeping the current one when it can); it is
    // called at the next use, then after each markStale().
    void setFiller(Filler fill);
    void markStale() { m_stale = true; }
    // Fills now if stale: for code that must look at the full list.
    void ensureFilled();

  protected:
    void showPopup() override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

  private:
    Filler m_fill;
    bool m_stale = true;
};

} // namespace parcours
