// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidewindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ccp {

namespace {

// Screenshots are taken at 1366×768: shown no wider than the text column.
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image = resource.value<QImage>();
        if (image.isNull() && resource.canConvert<QByteArray>())
            image.loadFromData(resource.toByteArray());
        const int width = std::max(320, viewport()->width() - 40);
        if (image.isNull() || image.width() <= width)
            return resource;
        return image.scaledToWidth(width, Qt::SmoothTransformation);
    }
};

} // namespace

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("GuideWindow"));
    m_browser = new GuideBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_back = new QToolButton(this);
    m_forward = new QToolButton(this);
    m_home = new QToolButton(this);
    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_home);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser);
    resize(900, 700);
    retranslate();
}

void GuideWindow::showPage(const QString &page)
{
    if (page.isEmpty()) {
        m_browser->clearHistory();
        m_browser->setPlainText(tr("The user guide is not installed. It is in the folder "
                                   "docs/guide of the source code."));
        return;
    }
    const QUrl url = QUrl::fromLocalFile(page);
    if (m_browser->source() != url) {
        m_browser->clearHistory();
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    }
    m_browser->verticalScrollBar()->setValue(0);
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GuideWindow::retranslate()
{
    setWindowTitle(tr("User Guide — Compute Center Planner"));
    m_back->setText(tr("Back"));
    m_forward->setText(tr("Forward"));
    m_home->setText(tr("Contents"));
}

} // namespace ccp
