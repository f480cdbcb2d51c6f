package uk.nhs.intentions.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetFormula;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.ChartSpec;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.FigureParser;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.model.Unit;

/** Reads one budget table file (format in docs/finance.md). */
final class BudgetLoader {
    static final String DEFAULT_COLUMN = "amount";

    private final Diagnostics diags;

    BudgetLoader(Diagnostics diags) {
        this.diags = diags;
    }

    BudgetTable load(YMap m) {
        m.allow("id", "number", "title", "unit", "source", "scenario", "notes", "narrative", "columns", "rows",
                "charts");
        String id = m.id("id");
        Unit unit = unit(m).orElse(Unit.THOUSANDS);
        BudgetTable.Scenario scenario = m.map("scenario").map(s -> {
            s.allow("id", "label");
            return new BudgetTable.Scenario(s.id("id"), s.text("label"));
        }).orElse(null);

        List<BudgetColumn> columns = new ArrayList<>();
        if (m.has("columns")) {
            for (YMap c : m.maps("columns")) {
                columns.add(column(c));
            }
            if (columns.isEmpty()) {
                diags.error(m.pos("columns"), "`columns` needs at least one column");
            }
        }
        if (columns.isEmpty()) {
            columns.add(new BudgetColumn(DEFAULT_COLUMN, unit.label(), "", null, null, m.positions()));
        }

        List<BudgetRow> rows = new ArrayList<>();
        for (YMap r : m.maps("rows")) {
            rows.add(row(r, unit, columns));
        }
        if (rows.isEmpty()) {
            diags.error(m.has("rows") ? m.pos("rows") : m.pos(), "a budget table needs at least one row in `rows`");
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (YMap c : m.maps("charts")) {
            charts.add(chart(c));
        }
        return new BudgetTable(id, m.text("number", ""), m.text("title"), unit, m.text("source", ""), scenario,
                m.markdown("notes", false), m.refs("narrative"), columns, rows, charts, m.positions());
    }

    private Optional<Unit> unit(YMap m) {
        return m.optText("unit").map(String::strip).flatMap(u -> {
            Optional<Unit> found = Unit.fromLabel(u);
            if (found.isEmpty()) {
                diags.error(m.pos("unit"), "`unit` must be one of " + String.join(", ", Unit.labels()) + "; found `"
                        + Ids.printable(u) + "`");
            }
            return found;
        });
    }

    private BudgetColumn column(YMap c) {
        c.allow("id", "label", "group", "unit", "sum", "change", "percent_of");
        String id = c.id("id");
        return new BudgetColumn(id, c.text("label"), c.text("group", ""), unit(c).orElse(null), formula(c, "sum"),
                c.positions());
    }

    private BudgetRow row(YMap r, Unit tableUnit, List<BudgetColumn> columns) {
        if (r.has("heading")) {
            r.allow("heading", "level", "note");
            return new BudgetRow(null, r.text("heading"), true, level(r), Map.of(), null, null, null, List.of(),
                    r.text("note", ""), null, r.positions());
        }
        r.allow("id", "label", "level", "value", "values", "unit", "total", "change", "percent_of", "group",
                "intentions", "priorities", "note", "headline");
        String id = r.id("id");
        Unit rowUnit = unit(r).orElse(null);
        Map<String, Figure> values = new LinkedHashMap<>();
        if (r.has("value") && r.has("values")) {
            diags.error(r.pos("values"), "give either `value` (one-column table) or `values`, not both");
        } else if (r.has("value")) {
            if (columns.size() != 1) {
                diags.error(r.pos("value"), "this table has " + columns.size() + " columns; give the row's figures as"
                        + " `values:` keyed by column id");
            } else {
                BudgetColumn col = columns.get(0);
                figure(r, "value", unitFor(rowUnit, col, tableUnit)).ifPresent(f -> values.put(col.id(), f));
            }
        } else if (r.has("values")) {
            r.map("values").ifPresent(v -> {
                v.allow(columns.stream().map(BudgetColumn::id).toArray(String[]::new));
                for (BudgetColumn col : columns) {
                    if (v.has(col.id())) {
                        figure(v, col.id(), unitFor(rowUnit, col, tableUnit)).ifPresent(f -> values.put(col.id(), f));
                    }
                }
            });
        }
        return new BudgetRow(id, r.text("label"), false, level(r), values, rowUnit, formula(r, "total"),
                r.optRef("group").orElse(null), r.refs("intentions"), r.text("note", ""),
                r.optText("headline").map(String::strip).orElse(null), r.positions(), r.refs("priorities"));
    }

    private static Unit unitFor(Unit rowUnit, BudgetColumn col, Unit tableUnit) {
        return rowUnit != null ? rowUnit : col.unit() != null ? col.unit() : tableUnit;
    }

    private int level(YMap r) {
        int level = r.optInt("level").orElse(0);
        if (level < 0 || level > 3) {
            diags.error(r.pos("level"), "`level` must be 0, 1, 2 or 3 (how far the row is indented)");
            return 0;
        }
        return level;
    }

    private Optional<Figure> figure(YMap m, String key, Unit unit) {
        return m.optText(key).flatMap(text -> {
            SourcePos pos = m.pos(key);
            FigureParser.Result res = FigureParser.parse(text, unit, pos);
            res.error().ifPresent(e -> diags.error(pos, e));
            return res.value();
        });
    }

    /** At most one of {@code totalKey} (total/sum), {@code change} and {@code percent_of}. */
    private BudgetFormula formula(YMap m, String totalKey) {
        List<String> given = new ArrayList<>();
        for (String k : List.of(totalKey, "change", "percent_of")) {
            if (m.has(k)) {
                given.add(k);
            }
        }
        if (given.size() > 1) {
            diags.error(m.pos(given.get(1)), "give only one of `" + totalKey + "`, `change` and `percent_of`");
            return null;
        }
        if (given.isEmpty()) {
            return null;
        }
        String k = given.get(0);
        SourcePos pos = m.pos(k);
        if (k.equals(totalKey)) {
            List<BudgetFormula.Term> terms = terms(m, k);
            if (terms.isEmpty()) {
                diags.error(pos, "`" + k + "` needs the ids of the rows or columns it adds up");
                return null;
            }
            return new BudgetFormula.Total(terms, pos);
        }
        Optional<YMap> f = m.map(k);
        if (f.isEmpty()) {
            return null;
        }
        YMap fm = f.get();
        if (k.equals("change")) {
            fm.allow("from", "to");
            Optional<Ref> from = required(fm, "from");
            Optional<Ref> to = required(fm, "to");
            return from.isPresent() && to.isPresent() ? new BudgetFormula.Change(from.get(), to.get(), pos) : null;
        }
        fm.allow("part", "whole");
        Optional<Ref> part = required(fm, "part");
        List<BudgetFormula.Term> whole = terms(fm, "whole");
        if (whole.isEmpty()) {
            diags.error(fm.pos("whole"), "`percent_of` needs `whole`: the ids that make up 100%");
        }
        return part.isPresent() && !whole.isEmpty() ? new BudgetFormula.PercentOf(part.get(), whole, pos) : null;
    }

    private Optional<Ref> required(YMap m, String key) {
        if (!m.has(key)) {
            diags.error(m.pos(), "missing required field `" + key + "`");
            return Optional.empty();
        }
        return m.optRef(key);
    }

    /** Ids, each optionally prefixed with `-` to subtract it. */
    private List<BudgetFormula.Term> terms(YMap m, String key) {
        List<BudgetFormula.Term> out = new ArrayList<>();
        for (var node : m.items(key)) {
            SourcePos p = YNodes.pos(node, m.path());
            if (!(node instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s)) {
                diags.error(p, "each item of `" + key + "` must be an id, found " + YNodes.describe(node));
                continue;
            }
            String v = s.getValue().strip();
            boolean subtract = v.startsWith("-");
            String id = subtract ? v.substring(1).strip() : v;
            if (!Ids.isValid(id)) {
                diags.error(p, "`" + key + "`: " + Ids.problem(id) + " (write `-id` to subtract a row)");
                continue;
            }
            out.add(new BudgetFormula.Term(new Ref(id, p), subtract));
        }
        return out;
    }

    private ChartSpec chart(YMap c) {
        c.allow("id", "type", "title", "description", "orientation", "rows", "series");
        String id = c.id("id");
        ChartSpec.Type type = c.has("type") ? c.optChoice("type", ChartSpec.Type.ids())
                .map(t -> ChartSpec.Type.valueOf(t.toUpperCase(java.util.Locale.ROOT))).orElse(ChartSpec.Type.BAR)
                : ChartSpec.Type.BAR;
        boolean horizontal = c.has("orientation")
                && c.optChoice("orientation", List.of("vertical", "horizontal")).orElse("vertical").equals("horizontal");
        List<ChartSpec.Series> series = new ArrayList<>();
        for (YMap s : c.maps("series")) {
            s.allow("table", "column", "label");
            Ref column = s.has("column") ? s.optRef("column").orElse(null) : null;
            if (column == null && !s.has("column")) {
                diags.error(s.pos(), "missing required field `column`");
            }
            if (column != null) {
                series.add(new ChartSpec.Series(s.optRef("table").orElse(null), column, s.text("label"),
                        s.positions()));
            }
        }
        if (series.isEmpty() && !c.has("series")) {
            series.add(new ChartSpec.Series(null, new Ref(DEFAULT_COLUMN, c.pos()), "", c.positions()));
        }
        List<Ref> rows = c.refs("rows");
        if (rows.isEmpty()) {
            diags.error(c.has("rows") ? c.pos("rows") : c.pos(), "a chart needs `rows`: the ids of the rows it shows");
        }
        if (type == ChartSpec.Type.WATERFALL && series.size() > 1) {
            diags.error(c.pos("series"), "a waterfall chart shows one series (one column)");
        }
        return new ChartSpec(id, type, c.text("title"), c.text("description", ""), horizontal, rows, series,
                c.positions());
    }
}
