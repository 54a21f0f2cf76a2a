// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfiguresview.h"

#include "messages.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace ccp {

KeyFiguresView::KeyFiguresView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addLayout(m_form);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    layout->addWidget(m_warnings);
    layout->addStretch();
}

void KeyFiguresView::setResult(const Scenario &scenario, const Result &result)
{
    m_scenario = scenario;
    m_result = result;
    m_hasResult = true;
    rebuild();
}

void KeyFiguresView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_hasResult)
        rebuild();
    QWidget::changeEvent(event);
}

void KeyFiguresView::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const QLocale l;
    const auto money = [&](Money m) {
        return tr("%1 million CNY").arg(l.toString(m.cnyValue() / 1e6, 'f', 1));
    };
    const auto add = [&](const QString &label, const QString &value) {
        auto *v = new QLabel(value, this);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, v);
    };
    const Result &r = m_result;
    const FinanceResult &f = r.finance;
    add(tr("Cards / servers / racks:"), QStringLiteral("%1 / %2 / %3")
                                             .arg(l.toString(r.sizing.cards), l.toString(r.sizing.servers),
                                                  l.toString(r.sizing.racks)));
    add(tr("Nameplate BF16:"), tr("%1 PFLOPS").arg(l.toString(r.performance.nameplatePflopsBf16, 'f', 1)));
    add(tr("Effective (estimate):"), tr("%1 PFLOPS (MFU %2, goodput %3)")
                                         .arg(l.toString(r.performance.effectivePflops, 'f', 1),
                                              l.toString(r.performance.mfu * 100, 'f', 1) + QLatin1Char('%'),
                                              l.toString(r.performance.goodput * 100, 'f', 1) + QLatin1Char('%')));
    add(tr("IT / facility power:"), tr("%1 MW / %2 MW")
                                        .arg(l.toString(r.sizing.itPowerKw / 1000, 'f', 2),
                                             l.toString(r.sizing.facilityPowerKw / 1000, 'f', 2)));
    add(tr("Capex:"), money(f.capex.total()));
    add(tr("NPV:"), money(f.npv));
    add(tr("IRR:"), f.irr ? l.toString(*f.irr * 100, 'f', 1) + QLatin1Char('%') : tr("none"));
    add(tr("Payback:"), f.paybackMonths ? tr("%1 years").arg(l.toString(*f.paybackMonths / 12, 'f', 1))
                                        : tr("not within horizon"));
    add(tr("Breakeven utilization:"),
        f.breakevenUtilization ? l.toString(*f.breakevenUtilization * 100, 'f', 1) + QLatin1Char('%')
                               : tr("not reachable"));
    QStringList warnings;
    for (const Warning &w : r.warnings)
        warnings << QStringLiteral("⚠ ") + Messages::warning(w);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
}

} // namespace ccp
