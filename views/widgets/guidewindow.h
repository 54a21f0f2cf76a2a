// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help › User Guide: the guide's Markdown page, rendered offline with its screenshots (scaled
// to the window's width) and links between pages; web links open in the browser.

#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace ccp {

class GuideWindow : public QWidget
{
    Q_OBJECT
public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // Shows `page` (a local .md file); an empty path shows why there is no guide.
    void showPage(const QString &page);
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_browser = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_home = nullptr;
};

} // namespace ccp
