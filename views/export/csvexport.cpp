// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "reporttables.h"
#include "safewrite.h"

#include <QDir>
#include <QFileInfo>

namespace ccp {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 15);
}

const QLatin1String kEol("\r\n");

} // namespace

QString CsvExport::record(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"'))
            || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'))) {
            QString q = f;
            q.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(QLatin1Char(','));
}

QStringList CsvExport::files(const QString &path)
{
    QString base = path;
    if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    return {path, base + QStringLiteral("-inputs.csv"), base + QStringLiteral("-bom.csv"),
            base + QStringLiteral("-yearly.csv")};
}

std::optional<QString> CsvExport::write(const Scenario &scenario, const Catalog &catalog,
                                        const Result &result, const QString &path)
{
    const QStringList paths = files(path);

    QString monthly;
    const std::vector<MonthlyColumn> mc = ReportTables::monthlyColumns();
    QStringList header;
    for (const MonthlyColumn &c : mc)
        header << QString::fromLatin1(c.key);
    monthly += record(header) + kEol;
    for (const MonthRow &m : result.monthly) {
        QStringList row;
        for (const MonthlyColumn &c : mc)
            row << num(c.value(m));
        monthly += record(row) + kEol;
    }

    QString inputs = record({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("value"),
                             QStringLiteral("unit"), QStringLiteral("source"), QStringLiteral("estimate")})
                     + kEol;
    for (const InputRow &r : ReportTables::inputs(scenario, catalog, result)) {
        inputs += record({QString::fromStdString(r.key), r.label, r.isNumber ? num(r.number) : r.text,
                          r.rawUnit, r.source,
                          r.estimate ? QStringLiteral("yes") : QString()})
                  + kEol;
    }

    QString bom = record({QStringLiteral("item"), QStringLiteral("specification"),
                          QStringLiteral("quantity"), QStringLiteral("unit"),
                          QStringLiteral("unit_price_cny"), QStringLiteral("total_cny"),
                          QStringLiteral("estimate")})
                  + kEol;
    for (const BomRow &b : ReportTables::billOfMaterials(scenario, catalog, result)) {
        bom += record({b.item, b.record, num(b.quantity), b.unit,
                       b.unitPriceCny ? num(*b.unitPriceCny) : QString(), num(b.totalCny),
                       b.estimate ? QStringLiteral("yes") : QString()})
               + kEol;
    }

    QString yearly;
    const std::vector<YearlyColumn> yc = ReportTables::yearlyColumns();
    header.clear();
    for (const YearlyColumn &c : yc)
        header << QString::fromLatin1(c.key);
    yearly += record(header) + kEol;
    for (const YearRow &y : result.yearly) {
        QStringList row;
        for (const YearlyColumn &c : yc)
            row << num(c.value(y));
        yearly += record(row) + kEol;
    }

    // The four files as one set: all are written and synced before the first replaces its
    // target, so a failure (a name too long, a full disk) leaves every old file in place.
    const QString texts[] = {monthly, inputs, bom, yearly};
    std::vector<std::pair<QString, QByteArray>> files;
    for (int i = 0; i < 4; ++i)
        files.emplace_back(paths.at(i), texts[i].toUtf8());
    if (auto e = SafeWrite::writeFiles(files))
        return CsvExport::tr("Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(paths.at(0)), *e);
    return std::nullopt;
}

} // namespace ccp
