package uk.nhs.intentions.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetFormula;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Figures;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.model.Unit;

/**
 * Verifies every stated figure of a budget table against the figures it derives from, without ever
 * replacing it: row totals and sub-totals, column sums (row = excluded + included), percentage changes and
 * shares. A printed total that differs from its sum by no more than {@code finance.rounding_tolerance} (in
 * the total's unit) is a warning naming both figures and the difference; a larger difference is an error.
 * A printed percentage is accepted when some values within rounding of the printed figures (half a unit of
 * each one's last printed digit) give it at its printed precision; it is a warning when figures off by up to
 * the tolerance would explain it, and an error otherwise.
 */
final class BudgetArithmeticCheck implements Check {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void run(Site site, Diagnostics diags) {
        BigDecimal tolerance = site.settings().roundingTolerance();
        for (Plan plan : site.plans()) {
            for (BudgetTable t : plan.budgets()) {
                if (structureOk(t, diags)) {
                    new TableCheck(t, tolerance, diags).run();
                }
            }
        }
    }

    /** Unknown or duplicate row and column ids in formulas are errors; arithmetic then waits for a fix. */
    private static boolean structureOk(BudgetTable t, Diagnostics diags) {
        boolean ok = true;
        Set<String> rowIds = new HashSet<>();
        for (BudgetRow r : t.rows()) {
            if (r.id() != null && !r.id().isEmpty() && !rowIds.add(r.id())) {
                diags.error(r.at().of("id"), "duplicate row id `" + r.id() + "` in budget table `" + t.id() + "`");
                ok = false;
            }
        }
        Set<String> colIds = new HashSet<>();
        for (BudgetColumn c : t.columns()) {
            if (!c.id().isEmpty() && !colIds.add(c.id())) {
                diags.error(c.at().of("id"), "duplicate column id `" + c.id() + "` in budget table `" + t.id() + "`");
                ok = false;
            }
        }
        for (BudgetRow r : t.rows()) {
            ok &= refsExist(r.formula(), rowIds, "row", t, diags);
        }
        for (BudgetColumn c : t.columns()) {
            ok &= refsExist(c.formula(), colIds, "column", t, diags);
        }
        return ok;
    }

    private static boolean refsExist(BudgetFormula f, Set<String> ids, String what, BudgetTable t, Diagnostics diags) {
        boolean ok = true;
        for (Ref ref : refs(f)) {
            if (!ids.contains(ref.id())) {
                diags.add(Diagnostic.error(ref.pos(), "unknown " + what + " `" + ref.id() + "` in budget table `"
                        + t.id() + "`").withHint("formulas name " + what + "s of the same table by their id"));
                ok = false;
            }
        }
        return ok;
    }

    static List<Ref> refs(BudgetFormula f) {
        List<Ref> out = new ArrayList<>();
        if (f instanceof BudgetFormula.Total tot) {
            tot.terms().forEach(x -> out.add(x.ref()));
        } else if (f instanceof BudgetFormula.Change ch) {
            out.add(ch.from());
            out.add(ch.to());
        } else if (f instanceof BudgetFormula.PercentOf p) {
            out.add(p.part());
            p.whole().forEach(x -> out.add(x.ref()));
        }
        return out;
    }

    /** The checks of one table. */
    private static final class TableCheck {
        private final BudgetTable t;
        private final BigDecimal tolerance;
        private final Diagnostics diags;

        TableCheck(BudgetTable t, BigDecimal tolerance, Diagnostics diags) {
            this.t = t;
            this.tolerance = tolerance;
            this.diags = diags;
        }

        void run() {
            for (BudgetRow r : t.rows()) {
                if (r.formula() == null) {
                    continue;
                }
                for (BudgetColumn c : t.columns()) {
                    Optional<Figure> stated = r.figure(c.id());
                    if (stated.isEmpty()) {
                        continue;
                    }
                    if (r.formula() instanceof BudgetFormula.Total tot) {
                        // a row total adds up money; percentage cells follow their column's own formula
                        if (stated.get().unit() != Unit.PERCENT || c.formula() == null) {
                            checkTotal(r, c, stated.get(), tot.terms().stream()
                                    .map(term -> new Operand(label(t.row(term.ref().id()).orElseThrow()),
                                            t.row(term.ref().id()).orElseThrow().figure(c.id()), term.subtract()))
                                    .toList(), "rows");
                        }
                    } else if (r.formula() instanceof BudgetFormula.Change ch) {
                        checkChange(r, c, stated.get(), row(ch.from(), c), row(ch.to(), c));
                    } else if (r.formula() instanceof BudgetFormula.PercentOf p) {
                        checkShare(r, c, stated.get(), row(p.part(), c), p.whole().stream()
                                .map(term -> new Operand("", row(term.ref(), c), term.subtract())).toList());
                    }
                }
            }
            for (BudgetColumn c : t.columns()) {
                if (c.formula() == null) {
                    continue;
                }
                for (BudgetRow r : t.rows()) {
                    Optional<Figure> stated = r.figure(c.id());
                    if (stated.isEmpty()) {
                        continue;
                    }
                    if (c.formula() instanceof BudgetFormula.Total tot) {
                        checkTotal(r, c, stated.get(), tot.terms().stream()
                                .map(term -> new Operand(t.column(term.ref().id()).orElseThrow().heading(),
                                        r.figure(term.ref().id()), term.subtract()))
                                .toList(), "columns");
                    } else if (c.formula() instanceof BudgetFormula.Change ch) {
                        checkChange(r, c, stated.get(), r.figure(ch.from().id()), r.figure(ch.to().id()));
                    } else if (c.formula() instanceof BudgetFormula.PercentOf p) {
                        checkShare(r, c, stated.get(), r.figure(p.part().id()), p.whole().stream()
                                .map(term -> new Operand("", r.figure(term.ref().id()), term.subtract())).toList());
                    }
                }
            }
        }

        private Optional<Figure> row(Ref ref, BudgetColumn c) {
            return t.row(ref.id()).flatMap(x -> x.figure(c.id()));
        }

        private record Operand(String label, Optional<Figure> figure, boolean subtract) {
            BigDecimal base() {
                BigDecimal b = figure.map(Figure::base).orElse(BigDecimal.ZERO);
                return subtract ? b.negate() : b;
            }
        }

        private void checkTotal(BudgetRow r, BudgetColumn c, Figure stated, List<Operand> terms, String what) {
            List<Operand> present = terms.stream().filter(o -> o.figure().isPresent()).toList();
            if (present.isEmpty()) {
                return; // nothing printed to add up (e.g. a column with figures only on the total)
            }
            BigDecimal sum = present.stream().map(Operand::base).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal computed = inUnit(sum, stated.unit());
            BigDecimal diff = stated.value().subtract(computed).abs();
            if (diff.compareTo(stated.halfUnit()) <= 0) {
                return;
            }
            String sumText = Figures.format(computed, stated.unit(), stated.decimals());
            String how;
            if (present.size() == 1 && !present.get(0).subtract()) {
                how = "the only " + what.substring(0, what.length() - 1) + " it totals, " + present.get(0).label()
                        + ", is " + present.get(0).figure().get().printed();
            } else if (present.size() <= 4) {
                StringBuilder sb = new StringBuilder();
                StringBuilder nums = new StringBuilder();
                for (int i = 0; i < present.size(); i++) {
                    Operand o = present.get(i);
                    String sign = i == 0 ? (o.subtract() ? "−" : "") : (o.subtract() ? " − " : " + ");
                    sb.append(sign).append(o.label());
                    nums.append(sign).append(o.figure().get().printed());
                }
                how = sb + " = " + nums + " = " + sumText;
            } else {
                how = "the " + present.size() + " " + what + " it totals add up to " + sumText;
            }
            report(stated, cell(r, c) + " is printed as " + stated.printed() + " but " + how + ": a difference of "
                    + Figures.amount(diff, stated.unit()), diff.compareTo(tolerance) <= 0);
        }

        private void checkChange(BudgetRow r, BudgetColumn c, Figure stated, Optional<Figure> from,
                Optional<Figure> to) {
            if (from.isEmpty() || to.isEmpty()) {
                diags.error(stated.pos(), cell(r, c) + " is a percentage change but the figures it derives from are"
                        + " not both given");
                return;
            }
            Figure f = from.get();
            Figure g = to.get();
            if (f.value().signum() == 0) {
                diags.error(stated.pos(), cell(r, c) + " is a percentage change from 0, which is undefined");
                return;
            }
            BigDecimal exact = pct(g.base().subtract(f.base()), f.base());
            String what = "the change from " + f.printed() + " to " + g.printed();
            comparePercent(r, c, stated, exact, what, slack -> range(f, g, slack, true));
        }

        private void checkShare(BudgetRow r, BudgetColumn c, Figure stated, Optional<Figure> part,
                List<Operand> whole) {
            if (part.isEmpty() || whole.stream().anyMatch(o -> o.figure().isEmpty())) {
                diags.error(stated.pos(), cell(r, c) + " is a percentage share but the figures it derives from are"
                        + " not all given");
                return;
            }
            BigDecimal w = whole.stream().map(Operand::base).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (w.signum() == 0) {
                diags.error(stated.pos(), cell(r, c) + " is a share of 0, which is undefined");
                return;
            }
            Figure p = part.get();
            BigDecimal exact = pct(p.base(), w);
            String wholeText = whole.size() == 1 ? whole.get(0).figure().get().printed() : Figures.format(
                    inUnit(w, p.unit()), p.unit(), 0);
            String what = p.printed() + " as a share of " + wholeText;
            Figure wholeFig = new Figure(wholeText, inUnit(w, p.unit()), p.unit(), 0, stated.pos());
            comparePercent(r, c, stated, exact, what, slack -> range(wholeFig, p, slack, false));
        }

        private void comparePercent(BudgetRow r, BudgetColumn c, Figure stated, BigDecimal exact, String what,
                java.util.function.Function<BigDecimal, BigDecimal[]> rangeWithSlack) {
            BigDecimal lo = stated.value().subtract(stated.halfUnit());
            BigDecimal hi = stated.value().add(stated.halfUnit());
            BigDecimal[] rounding = rangeWithSlack.apply(null);
            if (overlaps(rounding, lo, hi)) {
                return;
            }
            BigDecimal[] loose = rangeWithSlack.apply(tolerance);
            String computed = exact.setScale(stated.decimals() + 2, RoundingMode.HALF_UP).toPlainString() + "%";
            String atPrecision = Figures.format(exact, Unit.PERCENT, stated.decimals());
            BigDecimal diff = stated.value().subtract(exact).abs().setScale(stated.decimals() + 2, RoundingMode.HALF_UP);
            report(stated, cell(r, c) + " is printed as " + stated.printed() + " but " + what + " is " + computed
                    + " (" + atPrecision + " at the printed precision): a difference of "
                    + Figures.amount(diff, Unit.PERCENT), overlaps(loose, lo, hi));
        }

        /**
         * The range of percentages the two figures give when each may be off by half a unit of its last printed
         * digit ({@code slack} null) or by {@code slack} in its own unit. {@code change}: (b − a) / a, else b / a.
         */
        private static BigDecimal[] range(Figure a, Figure b, BigDecimal slack, boolean change) {
            BigDecimal da = slack == null ? a.halfUnit() : slack;
            BigDecimal db = slack == null ? b.halfUnit() : slack;
            BigDecimal min = null;
            BigDecimal max = null;
            for (BigDecimal x : List.of(a.value().subtract(da), a.value().add(da))) {
                for (BigDecimal y : List.of(b.value().subtract(db), b.value().add(db))) {
                    if (x.signum() == 0) {
                        continue;
                    }
                    BigDecimal v = change ? pct(y.subtract(x), x) : pct(y, x);
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
            }
            return min == null ? null : new BigDecimal[] {min, max};
        }

        private static boolean overlaps(BigDecimal[] range, BigDecimal lo, BigDecimal hi) {
            return range != null && range[0].compareTo(hi) <= 0 && range[1].compareTo(lo) >= 0;
        }

        private void report(Figure stated, String message, boolean withinTolerance) {
            if (withinTolerance) {
                diags.add(Diagnostic.warning(stated.pos(), message + ", within the rounding tolerance of "
                        + tolerance.stripTrailingZeros().toPlainString())
                        .withHint("kept as printed; check it against the source"));
            } else {
                diags.add(Diagnostic.error(stated.pos(), message + ", more than the rounding tolerance of "
                        + tolerance.stripTrailingZeros().toPlainString())
                        .withHint("correct the figure or the figures it derives from so they match the source"));
            }
        }

        private String cell(BudgetRow r, BudgetColumn c) {
            String rowText = "`" + label(r) + "`";
            return t.columns().size() == 1 ? rowText : rowText + " (" + c.heading() + ")";
        }

        private static String label(BudgetRow r) {
            return r.label().isEmpty() ? r.id() : r.label();
        }
    }

    static BigDecimal pct(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, MC);
    }

    static BigDecimal inUnit(BigDecimal base, Unit unit) {
        return unit.isMoney() ? base.divide(unit.pounds(), MC) : base;
    }
}
