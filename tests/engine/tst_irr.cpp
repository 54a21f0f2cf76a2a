// SPDX-License-Identifier: GPL-3.0-or-later
// Property test of irrRoots() (model/engine/finance.h): every rate that zeroes the NPV.
//
// Thousands of seeded cash-flow vectors (lengths 2..241): random ones of several shapes, and
// constructed ones whose roots are known — g(x)·Π(x_k − x) in the discount factor x = 1/(1+i),
// with g's coefficients positive so that g has no positive root (Descartes) and the x_k are the
// only ones: one, two or three roots, close pairs 0.5 percentage points of annual rate apart.
// For every vector:
//  (a) each returned rate r zeroes the NPV: |NPV(r)| within 1e-10 of Σ|c_t|/(1+r)^t, plus
//      what rounding r to a double can move it;
//  (b) the number of roots equals an independent count of the NPV's sign changes over every
//      x > 0 (Cauchy's bounds enclose all positive roots), made here in long double on a fine
//      grid that also samples every extremum of the NPV it brackets (IndependentCount), and
//      each root lies in the cell of its sign change;
//  (c) constructed vectors: each known root is found;
//  (d) no NaN or infinity; rates ascending and above −1.
// Plus regression vectors for the two defects the rewrite fixed (a one-sign-change project that
// got no IRR; two roots close together that a 400-step scan skipped) and degenerate inputs.

#include "finance.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using namespace ccp;

namespace {

using Real = long double;

std::vector<double> trimmed(const std::vector<double> &flows)
{
    std::size_t first = 0, last = flows.size();
    while (first < last && flows[first] == 0.0)
        ++first;
    while (last > first && flows[last - 1] == 0.0)
        --last;
    return {flows.begin() + std::ptrdiff_t(first), flows.begin() + std::ptrdiff_t(last)};
}

// One half of the positive axis in its own variable z ∈ (0, 1]: x = z (Σ c_t z^t) or x = 1/z
// (Σ c_t z^(T−t), which is the NPV times z^T: same sign, no overflow). Horner in long double:
// the value, the absolute polynomial Σ|c_t| z^k and its derivative.
struct HalfValue
{
    Real value = 0, absValue = 0, absSlope = 0;
};

HalfValue evalHalf(const std::vector<double> &c, bool reversed, Real z)
{
    HalfValue e;
    const std::size_t n = c.size();
    for (std::size_t k = 0; k < n; ++k) {
        const Real a = reversed ? c[k] : c[n - 1 - k];
        e.absSlope = e.absSlope * z + e.absValue;
        e.absValue = e.absValue * z + std::abs(a);
        e.value = e.value * z + a;
    }
    return e;
}

int signOf(Real v) { return v > 0 ? 1 : (v < 0 ? -1 : 0); }

// ---- The independent count -------------------------------------------------------------

// p and p' of one half at z, in long double.
struct HalfSlope
{
    Real value = 0, slope = 0;
};

HalfSlope slopeHalf(const std::vector<double> &c, bool reversed, Real z)
{
    HalfSlope e;
    const std::size_t n = c.size();
    for (std::size_t k = 0; k < n; ++k) {
        e.slope = e.slope * z + e.value;
        e.value = e.value * z + (reversed ? c[k] : c[n - 1 - k]);
    }
    return e;
}

struct Sample
{
    Real x;
    int sign;
};

struct SignChange
{
    Real lo, hi; // x-interval holding the sign change
};

// The sign changes of the NPV over every x > 0, counted on a fine grid in long double: on each
// half, max(4096, 16·(T+1)) equal cells of z ∈ [0, 1] (z^T moves by at most e^(1/16) across
// one) and 64 log-spaced cells below the first, down to the Cauchy bound. Where p' changes sign
// within a cell, the extremum is found by bisection on p' and sampled too, so that a pair of
// roots inside one cell (a dip through zero) is seen. Nothing here is shared with finance.cpp.
class IndependentCount
{
public:
    explicit IndependentCount(const std::vector<double> &c) : m_c(c)
    {
        const std::size_t n = c.size();
        Real rest0 = 0, restT = 0;
        for (std::size_t t = 1; t < n; ++t)
            rest0 = std::max<Real>(rest0, std::abs(c[t]));
        for (std::size_t t = 0; t + 1 < n; ++t)
            restT = std::max<Real>(restT, std::abs(c[t]));
        // Cauchy: every root has |x| ≥ |c_0|/(|c_0| + max_{t≥1}|c_t|) and
        // |x| ≤ 1 + max_{t<T}|c_t|/|c_T|. Halved and doubled for margin.
        const Real xMin = std::abs(Real(c.front())) / (std::abs(Real(c.front())) + rest0) / 2;
        const Real xMax = 2 * (1 + restT / std::abs(Real(c.back())));
        std::vector<Sample> samples = half(false, xMin);
        const std::vector<Sample> upper = half(true, 1 / xMax);
        for (auto it = upper.rbegin(); it != upper.rend(); ++it) // descending y: ascending x
            samples.push_back({1 / it->x, it->sign});
        int prev = 0;
        Real prevX = 0;
        for (const Sample &s : samples) {
            if (s.sign == 0)
                continue;
            if (prev != 0 && s.sign != prev)
                m_changes.push_back({prevX, s.x});
            prev = s.sign;
            prevX = s.x;
        }
    }

    const std::vector<SignChange> &changes() const { return m_changes; }

private:
    // Samples of one half, ascending in z from zMin to 1.
    std::vector<Sample> half(bool reversed, Real zMin) const
    {
        const int cells = std::max(4096, 16 * int(m_c.size()));
        std::vector<Real> grid;
        const Real z1 = Real(1) / cells;
        if (zMin < z1) {
            const Real l0 = std::log(zMin), l1 = std::log(z1);
            for (int k = 0; k < 64; ++k)
                grid.push_back(std::exp(l0 + (l1 - l0) * k / 64));
        }
        for (int k = 1; k <= cells; ++k)
            grid.push_back(Real(k) / cells);
        const std::vector<HalfSlope> values = slopesAt(reversed, grid);
        std::vector<Sample> out;
        HalfSlope ea = values.front();
        out.push_back({grid.front(), signOf(ea.value)});
        for (std::size_t k = 1; k < grid.size(); ++k) {
            const Real za = grid[k - 1], zb = grid[k];
            const HalfSlope eb = values[k];
            if (signOf(ea.slope) * signOf(eb.slope) < 0) { // an extremum inside
                Real lo = za, hi = zb;
                const int sLo = signOf(ea.slope);
                for (int i = 0; i < 64; ++i) {
                    const Real m = (lo + hi) / 2;
                    (signOf(slopeHalf(m_c, reversed, m).slope) == sLo ? lo : hi) = m;
                }
                const Real zm = (lo + hi) / 2;
                out.push_back({zm, signOf(slopeHalf(m_c, reversed, zm).value)});
            }
            out.push_back({zb, signOf(eb.value)});
            ea = eb;
        }
        return out;
    }

    // slopeHalf at every z, two points per Horner pass (independent chains run in parallel;
    // more would spill the x87 registers).
    std::vector<HalfSlope> slopesAt(bool reversed, const std::vector<Real> &z) const
    {
        const std::size_t n = m_c.size();
        std::vector<Real> a(n); // highest power first
        for (std::size_t k = 0; k < n; ++k)
            a[k] = reversed ? m_c[k] : m_c[n - 1 - k];
        std::vector<HalfSlope> out(z.size());
        std::size_t i = 0;
        for (; i + 2 <= z.size(); i += 2) {
            const Real z0 = z[i], z1 = z[i + 1];
            Real v0 = 0, v1 = 0, d0 = 0, d1 = 0;
            for (const Real c : a) {
                d0 = d0 * z0 + v0;
                d1 = d1 * z1 + v1;
                v0 = v0 * z0 + c;
                v1 = v1 * z1 + c;
            }
            out[i] = {v0, d0};
            out[i + 1] = {v1, d1};
        }
        for (; i < z.size(); ++i)
            out[i] = slopeHalf(m_c, reversed, z[i]);
        return out;
    }

    const std::vector<double> &m_c;
    std::vector<SignChange> m_changes;
};

// ---- Checks -------------------------------------------------------------------------------

Real discountFactor(double rate) { return 1 / (1 + Real(rate)); }

// (a), (b), (c), (d) for one vector; an empty string when every check passes.
QString checkFlows(const std::vector<double> &flows, const std::vector<Real> &knownX,
                   std::size_t *rootCount = nullptr)
{
    const std::vector<double> roots = irrRoots(flows);
    if (rootCount)
        *rootCount = roots.size();
    QString rootList;
    for (double r : roots)
        rootList += QString::number(r, 'g', 17) + QLatin1Char(' ');
    const QString where = QStringLiteral("(length %1, roots: %2)").arg(flows.size()).arg(rootList);

    // (d)
    for (std::size_t k = 0; k < roots.size(); ++k) {
        if (!std::isfinite(roots[k]) || !(roots[k] > -1.0))
            return QStringLiteral("root not a finite rate above -1 ") + where;
        if (k > 0 && !(roots[k] > roots[k - 1]))
            return QStringLiteral("roots not strictly ascending ") + where;
    }

    const std::vector<double> c = trimmed(flows);
    if (c.size() < 2)
        return roots.empty() ? QString() : QStringLiteral("root without two flows ") + where;

    // (a) The residual in the half's scaled form, against the absolute polynomial at the same
    // point, allowing for the move of the discount factor by rounding the rate to a double.
    for (double r : roots) {
        const Real x = discountFactor(r);
        const bool reversed = x > 1;
        const Real z = reversed ? 1 + Real(r) : x;
        const HalfValue e = evalHalf(c, reversed, z);
        const Real dr = 4 * Real(std::numeric_limits<double>::epsilon())
                        * std::max<Real>(1, std::abs(Real(r)));
        const Real dz = reversed ? dr : x * x * dr;
        const Real tolerance = 1e-10L * e.absValue + e.absSlope * dz;
        if (!(std::abs(e.value) <= tolerance))
            return QStringLiteral("NPV at root %1 is %2 of scale %3 ")
                       .arg(r, 0, 'g', 17)
                       .arg(double(e.value), 0, 'g', 6)
                       .arg(double(e.absValue), 0, 'g', 6)
                   + where;
    }

    // (b) Count and place against the independent sign-change count. Roots ascend in rate,
    // that is descend in x.
    const IndependentCount independent(c);
    const std::vector<SignChange> &changes = independent.changes();
    if (changes.size() != roots.size())
        return QStringLiteral("%1 roots, but the NPV changes sign %2 times ")
                   .arg(roots.size())
                   .arg(changes.size())
               + where;
    for (std::size_t k = 0; k < roots.size(); ++k) {
        const Real x = discountFactor(roots[roots.size() - 1 - k]);
        const SignChange &s = changes[k];
        if (x < s.lo * (1 - 1e-9L) || x > s.hi * (1 + 1e-9L))
            return QStringLiteral("root %1 (x = %2) outside its sign change [%3, %4] ")
                       .arg(roots[roots.size() - 1 - k], 0, 'g', 17)
                       .arg(double(x), 0, 'g', 17)
                       .arg(double(s.lo), 0, 'g', 17)
                       .arg(double(s.hi), 0, 'g', 17)
                   + where;
    }

    // (c) Each known root is found.
    for (Real xk : knownX) {
        const bool found = std::any_of(roots.begin(), roots.end(), [&](double r) {
            return std::abs(discountFactor(r) - xk) <= 1e-6L * xk;
        });
        if (!found)
            return QStringLiteral("known root x = %1 (rate %2) not found ")
                       .arg(double(xk), 0, 'g', 17)
                       .arg(double(1 / xk - 1), 0, 'g', 17)
               + where;
    }
    return {};
}

// ---- Generators ---------------------------------------------------------------------------

double uniform(std::mt19937_64 &g, double a, double b)
{
    return std::uniform_real_distribution<double>(a, b)(g);
}

int uniformInt(std::mt19937_64 &g, int a, int b)
{
    return std::uniform_int_distribution<int>(a, b)(g);
}

bool chance(std::mt19937_64 &g, double p) { return uniform(g, 0, 1) < p; }

double magnitude(std::mt19937_64 &g, double decades) { return std::pow(10.0, uniform(g, 0, decades)); }

// Random vectors of four shapes, scaled by 10^[−2, 9].
std::vector<double> randomFlows(std::mt19937_64 &g, int shape)
{
    const int length = uniformInt(g, 2, 241);
    std::vector<double> f(std::size_t(length), 0.0);
    switch (shape) {
    case 0: // independent normal flows, some zero
        for (double &v : f)
            v = chance(g, 0.1) ? 0.0 : std::normal_distribution<double>(0, 1)(g);
        break;
    case 1: { // a project: capex, operating inflows, occasional outlays, an end flow
        const int capexMonths = uniformInt(g, 1, std::max(1, std::min(24, length - 1)));
        const double level = magnitude(g, 2);
        for (int t = 0; t < length; ++t) {
            if (t < capexMonths)
                f[std::size_t(t)] = -level * uniform(g, 1, 30) / capexMonths;
            else if (chance(g, 0.04))
                f[std::size_t(t)] = -level * uniform(g, 0, 10);
            else
                f[std::size_t(t)] = level * uniform(g, -0.05, 0.2);
        }
        if (chance(g, 0.4))
            f.back() = (chance(g, 0.5) ? -1 : 1) * level * uniform(g, 0, 40);
        break;
    }
    case 2: { // blocks of one sign
        int sign = chance(g, 0.5) ? 1 : -1;
        for (int t = 0; t < length;) {
            const int block = uniformInt(g, 1, 30);
            const double level = magnitude(g, 3);
            for (int k = 0; k < block && t < length; ++k, ++t)
                f[std::size_t(t)] = sign * level * uniform(g, 0.5, 1.5);
            sign = -sign;
        }
        break;
    }
    default: // heavy-tailed magnitudes, random signs
        for (double &v : f)
            v = (chance(g, 0.5) ? -1 : 1) * std::pow(10.0, uniform(g, -3, 3));
        break;
    }
    const double scale = std::pow(10.0, uniform(g, -2, 9));
    for (double &v : f)
        v *= scale;
    return f;
}

// The discount factor of an annual rate: x = (1 + a)^(−1/12).
Real factorOfAnnual(Real annual) { return std::pow(1 + annual, Real(-1) / 12); }

// g(x)·Π(x_k − x), g of positive coefficients (and some zeros), degree 240 at most; the x_k
// are returned in `roots`. Annual rates log-uniform in 1 + a ∈ [0.01, 101] (−99% to
// 10,000%); a close pair is 0.5 percentage points apart, based in −95%..300%.
std::vector<double> constructedFlows(std::mt19937_64 &g, int count, bool closePair,
                                     std::vector<Real> &roots)
{
    roots.clear();
    while (int(roots.size()) < count) {
        if (closePair && roots.empty()) {
            const Real a = std::exp(Real(uniform(g, std::log(0.05), std::log(4.0)))) - 1;
            roots.push_back(factorOfAnnual(a));
            roots.push_back(factorOfAnnual(a + 0.005L));
            continue;
        }
        const Real a = std::exp(Real(uniform(g, std::log(0.01), std::log(101.0)))) - 1;
        const Real x = factorOfAnnual(a);
        // Keep other roots apart (0.1% in x): only the designed pair is close.
        if (std::all_of(roots.begin(), roots.end(),
                        [&](Real r) { return std::abs(r - x) > 1e-3L * x; }))
            roots.push_back(x);
    }
    const int degree = uniformInt(g, count, 240);
    std::vector<double> c(std::size_t(degree - count + 1));
    for (double &v : c)
        v = chance(g, 0.1) ? 0.0 : std::exp(std::normal_distribution<double>(0, 1.5)(g));
    if (std::all_of(c.begin(), c.end(), [](double v) { return v == 0.0; }))
        c.back() = 1.0;
    for (Real xk : roots) { // c ← c · (x_k − x)
        std::vector<double> next(c.size() + 1, 0.0);
        for (std::size_t t = 0; t < c.size(); ++t) {
            next[t] += double(xk) * c[t];
            next[t + 1] -= c[t];
        }
        c = std::move(next);
    }
    // The product was formed with x_k rounded to double: those are the roots.
    for (Real &xk : roots)
        xk = Real(double(xk));
    const double scale = std::pow(10.0, uniform(g, -2, 9));
    for (double &v : c)
        v *= scale;
    return c;
}

// Monthly project cash flows (CNY) of "University 512×Ascend 910B, subsidized" with the list
// price set to 30 CNY per card-hour, as the engine computed them: one sign change, NPV +145M.
// The former Newton iteration from x = 0.99 ran off towards x = 0 and reported ~3.3e29.
const std::vector<double> kUniversityAt30 = {
    -24585060, -355679.34618098754, -284413.50322948751, -172623.94566924658, -25921.932434864324,
    150172.83750569896, 350231.26471461193, 568913.896972902, 800969.9850340751, 1041236.5463827028,
    1284637.4369384353, 1526182.430646329, 1760966.3068947704, 1984167.9457026671, 2191049.4306179979,
    2376955.1592701864, 2537310.9615191692, 2667623.2251444119, 2763478.0290175155, 2834999.1880153278,
    2894197.7332892618, 2939570.3156951307, 2969640.6770620989, 2982959.3566397871, 2978103.4000694114,
    2963723.1318160007, 2949404.1999907983, 2935146.3429743848, 2920949.3002632302, 2856351.9968958497,
    2733503.8405994759, 2721590.1116298959, 2709727.1985122007, 2697914.8845005836, 2686152.9537737258,
    2674441.1914308583, 2662779.3834878299, 2651167.3168732007, 2639604.7794243498, 2628091.5598835959,
    2616627.447894339, 2605212.2339972178, 2593845.7096262826, 2582527.6671051811, 2571257.8996433709,
    2560036.2013323344, 2548862.36714182, 2537736.1929160957, 2526657.475370219, 2515626.0120863216,
    2504641.6015099129, 2493704.0429461966, 2482813.1365564028, 2471968.6833541379, 2461170.485201749,
    2450418.3448067028, 2439712.0657179835, 2429051.452322498, 2418436.3098415099, 2407866.4443270713,
    2397341.6626584884, 1976685.2058721194, 1966250.0158245312, 1955859.3351890005, 1945512.9741186961,
    1935210.7435765446, 1924952.4553317751, 1914737.9219564816, 1904566.9568221983, 1894439.3740964876,
    1884354.9887395485, 1874313.6165008317, 1864315.0739156778, 1854359.1783019607, 1844445.7477567517,
    1834574.6011529979, 1824745.5581362091, 1814958.4391211651, 1805213.0652886343, 1795509.2585821059,
    1785846.8417045358, 1776225.6381151106, 1766645.4720260182, 1757106.168399238, 1747607.5529433414,
    1738149.4521103101, 1728731.6930923618, 1719354.1038187956, 1710016.512952846, 1700718.7498885542,
    1691460.6447476498, 1682242.0283764477, 1673062.7323427564, 1663922.5889328029, 1654821.4311481651,
    1645759.0927027236, 1636735.4080196223, 1627750.2122282425, 1618803.3411611919, 1609894.6313513035,
    1601023.9200286514, 1592191.0451175738, 1583395.8452337147, 1574638.1596810729, 1565917.8284490663,
    1557234.69220961, 1548588.5923142042, 1539979.370791035, 1531406.8703420884, 1522870.9343402777,
    1514371.4068265792, 1505908.1325071855, 1497480.9567506665, 1489089.7255851426, 1480734.2856954767,
    1472414.4844204667, 1464130.1697500604, 1455881.190322577, 1447667.3954219411, 1439488.6349749304,
    12018434.759548429,
};

// g·Π(x_k − x) with a fixed project-like g (capex, then 119 months of inflow): the flows of a
// 120-month project whose NPV has roots exactly at the given annual rates.
std::vector<double> projectWithRoots(const std::vector<Real> &annualRates,
                                     std::vector<Real> &roots)
{
    std::vector<double> c(118, 1.0e6);
    c[0] = 5.0e6;
    roots.clear();
    for (Real a : annualRates) {
        const double xk = double(factorOfAnnual(a));
        roots.push_back(xk);
        std::vector<double> next(c.size() + 1, 0.0);
        for (std::size_t t = 0; t < c.size(); ++t) {
            next[t] += xk * c[t];
            next[t + 1] -= c[t];
        }
        c = std::move(next);
    }
    return c;
}

// The root of the NPV in (lo, hi) by 200 halvings in long double: a reference, not the
// production path.
Real bisectRate(const std::vector<double> &flows, Real lo, Real hi)
{
    auto npvAt = [&](Real rate) {
        Real acc = 0;
        const Real v = 1 / (1 + rate);
        for (auto it = flows.rbegin(); it != flows.rend(); ++it)
            acc = acc * v + *it;
        return acc;
    };
    const int sLo = signOf(npvAt(lo));
    for (int k = 0; k < 200; ++k) {
        const Real m = (lo + hi) / 2;
        if (signOf(npvAt(m)) == sLo)
            lo = m;
        else
            hi = m;
    }
    return (lo + hi) / 2;
}

} // namespace

class TestIrr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomVectors_data();
    void randomVectors();
    void constructedVectors_data();
    void constructedVectors();
    void oneSignChangeRegression();
    void extremeOneSignChange_data();
    void extremeOneSignChange();
    void closeRootsRegression_data();
    void closeRootsRegression();
    void degenerateInputs();
};

void TestIrr::randomVectors_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("normal") << 0 << quint64(0x1f2e3d4c5b6a7988ULL);
    QTest::newRow("project") << 1 << quint64(0x0123456789abcdefULL);
    QTest::newRow("blocks") << 2 << quint64(0x5eed5eed5eed5eedULL);
    QTest::newRow("heavy-tailed") << 3 << quint64(0x2718281828459045ULL);
}

// 4 × 1,000 random vectors.
void TestIrr::randomVectors()
{
    QFETCH(int, shape);
    QFETCH(quint64, seed);
    std::mt19937_64 g(seed);
    std::size_t severalRoots = 0, withRoots = 0;
    for (int k = 0; k < 1000; ++k) {
        const std::vector<double> flows = randomFlows(g, shape);
        std::size_t count = 0;
        const QString error = checkFlows(flows, {}, &count);
        if (!error.isEmpty())
            QFAIL(qPrintable(QStringLiteral("case %1: ").arg(k) + error));
        withRoots += count > 0;
        severalRoots += count > 1;
    }
    // The shapes must exercise the searches they are meant for.
    QVERIFY2(withRoots >= 300, qPrintable(QString::number(withRoots)));
    if (shape != 1)
        QVERIFY2(severalRoots >= 50, qPrintable(QString::number(severalRoots)));
}

void TestIrr::constructedVectors_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("closePair");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("one root") << 1 << false << quint64(11);
    QTest::newRow("two roots") << 2 << false << quint64(22);
    QTest::newRow("three roots") << 3 << false << quint64(33);
    QTest::newRow("close pair") << 2 << true << quint64(44);
    QTest::newRow("close pair and a third") << 3 << true << quint64(55);
}

// 5 × 600 vectors with known roots.
void TestIrr::constructedVectors()
{
    QFETCH(int, count);
    QFETCH(bool, closePair);
    QFETCH(quint64, seed);
    std::mt19937_64 g(seed);
    std::vector<Real> known;
    for (int k = 0; k < 600; ++k) {
        const std::vector<double> flows = constructedFlows(g, count, closePair, known);
        std::size_t found = 0;
        const QString error = checkFlows(flows, known, &found);
        if (!error.isEmpty())
            QFAIL(qPrintable(QStringLiteral("case %1: ").arg(k) + error));
        // g has no positive root, so the known ones are all of them.
        QCOMPARE(found, std::size_t(count));
    }
}

void TestIrr::oneSignChangeRegression()
{
    const std::vector<double> roots = irrRoots(kUniversityAt30);
    QCOMPARE(roots.size(), std::size_t(1));
    // Reference: long double bisection over monthly rates 0..100%.
    const Real reference = bisectRate(kUniversityAt30, 0, 1);
    QVERIFY2(std::abs(roots[0] - reference) <= 1e-12L,
             qPrintable(QString::number(roots[0], 'g', 17)));
    // About 103% a year: clearly profitable, as the NPV of +145M at 8% says.
    QVERIFY(std::abs(annualRate(roots[0]) - 1.0299) < 1e-4);
    QVERIFY(irr(kUniversityAt30).has_value());
    QVERIFY(checkFlows(kUniversityAt30, {}).isEmpty());
}

// One sign change with the root far out: near x → 0 (huge rates) or x → ∞ (rates near −100%).
void TestIrr::extremeOneSignChange_data()
{
    QTest::addColumn<QList<double>>("flows");
    QTest::addColumn<double>("expected"); // per-period rate
    QTest::addColumn<double>("tolerance"); // relative

    // −1 + 1e9 x = 0: x = 1e-9, i = 1e9 − 1.
    QTest::newRow("i = 1e9 - 1") << QList<double>{-1, 1e9} << 1e9 - 1 << 1e-14;
    // −1e6 + x = 0: x = 1e6, i = 1e-6 − 1.
    QTest::newRow("i = 1e-6 - 1") << QList<double>{-1e6, 1} << 1e-6 - 1 << 1e-12;
    // −1 + 1e12 x + … (240 equal inflows): x ≈ 1e-12 (first order), i ≈ 1e12.
    QList<double> huge{-1};
    for (int t = 1; t <= 240; ++t)
        huge << 1e12;
    QTest::newRow("i ≈ 1e12 over 241 months") << huge << 1e12 - 2 << 1e-10;
    // 120 months then one inflow: x^120 = 1e-6, i = 10^(6/120) − 1.
    QList<double> late{-1};
    for (int t = 1; t < 120; ++t)
        late << 0;
    late << 1e6;
    QTest::newRow("one late inflow") << late << std::pow(10.0, 0.05) - 1 << 1e-13;
    // A tiny capex against large inflows: i far above 10,000% a year.
    QTest::newRow("tiny capex") << QList<double>{-1e-3, 5e4, 5e4, 5e4} << 5e7 << 1e-6;
}

void TestIrr::extremeOneSignChange()
{
    QFETCH(QList<double>, flows);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const std::vector<double> v(flows.begin(), flows.end());
    const std::vector<double> roots = irrRoots(v);
    QCOMPARE(roots.size(), std::size_t(1));
    QVERIFY2(std::abs(roots[0] - expected) <= tolerance * std::abs(expected),
             qPrintable(QString::number(roots[0], 'g', 17)));
    const QString error = checkFlows(v, {});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

// Roots close together: the former 400-step scan of x over 1e-4..1e3 had steps of 4% in x, or
// about 60% in annual rate, and lost pairs within a step.
void TestIrr::closeRootsRegression_data()
{
    QTest::addColumn<QList<double>>("annualRates");
    QTest::newRow("-5.7% and 16.8%") << QList<double>{-0.057, 0.168};
    QTest::newRow("10% and 10.5%") << QList<double>{0.10, 0.105};
    QTest::newRow("-40% and -39.5%") << QList<double>{-0.40, -0.395};
    QTest::newRow("8%, 8.5% and 60%") << QList<double>{0.08, 0.085, 0.60};
    QTest::newRow("0%, 0.5% and 1%") << QList<double>{0.0, 0.005, 0.01};
}

void TestIrr::closeRootsRegression()
{
    QFETCH(QList<double>, annualRates);
    std::vector<Real> known;
    const std::vector<double> flows =
        projectWithRoots(std::vector<Real>(annualRates.begin(), annualRates.end()), known);
    const std::vector<double> roots = irrRoots(flows);
    QCOMPARE(roots.size(), std::size_t(annualRates.size()));
    for (qsizetype k = 0; k < annualRates.size(); ++k)
        QVERIFY2(std::abs(annualRate(roots[std::size_t(k)]) - annualRates[k]) <= 1e-9,
                 qPrintable(QString::number(annualRate(roots[std::size_t(k)]), 'g', 17)));
    const QString error = checkFlows(flows, known);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(irr(flows).has_value());
}

void TestIrr::degenerateInputs()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const double tiny = std::numeric_limits<double>::denorm_min();
    // Not numbers: no root, never a NaN.
    QVERIFY(irrRoots(std::vector<double>{-100, nan, 120}).empty());
    QVERIFY(irrRoots(std::vector<double>{-100, inf, 120}).empty());
    QVERIFY(irrRoots(std::vector<double>{-inf, 100, 120}).empty());
    // Huge flows whose absolute sum overflows a double: −c + 3c x = 0 → i = 2.
    std::vector<double> huge{-1e306, 3e306};
    for (int t = 0; t < 239; ++t)
        huge.push_back(0);
    huge.push_back(-1e306);
    huge.push_back(1e306);
    {
        const QString error = checkFlows(huge, {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    std::vector<double> hugeSimple{-1e308, 1e308, 1e308, 1e308};
    QCOMPARE(irrRoots(hugeSimple).size(), std::size_t(1));
    QVERIFY(checkFlows(hugeSimple, {}).isEmpty());
    // Subnormal flows: −d + 2d x → x = 1/2, i = 1.
    const std::vector<double> subnormal = irrRoots(std::vector<double>{-tiny, 2 * tiny});
    QCOMPARE(subnormal.size(), std::size_t(1));
    QCOMPARE(subnormal[0], 1.0);
    // Alternating ±1, even count: (1 − x^n)/(1 + x), one simple root at x = 1 (i = 0), where
    // the sum is exactly zero.
    std::vector<double> alternating;
    for (int t = 0; t < 120; ++t)
        alternating.push_back(t % 2 == 0 ? 1.0 : -1.0);
    const std::vector<double> alt = irrRoots(alternating);
    QCOMPARE(alt.size(), std::size_t(1));
    QCOMPARE(alt[0], 0.0);
    // Odd count: (1 + x^n)/(1 + x) > 0, no root.
    alternating.push_back(1.0);
    QVERIFY(irrRoots(alternating).empty());
    // Double root at x = 1 only touches zero: not reported (finance.h).
    QVERIFY(irrRoots(std::vector<double>{1, -2, 1}).empty());
    // (1 − x)²(2 − x): a touching root at i = 0 and a crossing one at x = 2 (i = −50%).
    const std::vector<double> touch = irrRoots(std::vector<double>{2, -5, 4, -1});
    QCOMPARE(touch.size(), std::size_t(1));
    QVERIFY(std::abs(touch[0] + 0.5) < 1e-12);
    // Zeros everywhere but two flows far apart.
    std::vector<double> sparse(241, 0.0);
    sparse[3] = -1;
    sparse[200] = 2;
    const std::vector<double> s = irrRoots(sparse);
    QCOMPARE(s.size(), std::size_t(1));
    QVERIFY(std::abs(s[0] - (std::pow(2.0, 1.0 / 197) - 1)) < 1e-14);
}

QTEST_APPLESS_MAIN(TestIrr)
#include "tst_irr.moc"
