// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ccp {

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
} // namespace

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void Language::install(const QString &code)
{
    auto *app = QCoreApplication::instance();
    // The locale first: removing a translator sends LanguageChange at once, and what reacts
    // to it (names in the interface's language, undo texts) reads the locale.
    const QLocale locale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                         code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    for (QTranslator **t : {&appTranslator, &qtTranslator}) {
        if (*t) {
            app->removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    if (code != QLatin1String("zh_CN"))
        return;
    appTranslator = new QTranslator(app);
    if (appTranslator->load(QStringLiteral(":/i18n/ccplanner_zh_CN.qm")))
        app->installTranslator(appTranslator);
    qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qtTranslator);
}

} // namespace ccp
