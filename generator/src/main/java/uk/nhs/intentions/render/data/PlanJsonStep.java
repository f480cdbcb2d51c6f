package uk.nhs.intentions.render.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.index.changes.ChangeSet;
import uk.nhs.intentions.model.BudgetColumn;
import uk.nhs.intentions.model.BudgetRow;
import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.PartialDate;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.outputs.Json;
import uk.nhs.intentions.render.outputs.Output;
import uk.nhs.intentions.render.outputs.PlanOutputStep;
import uk.nhs.intentions.render.outputs.OutputStep;

/**
 * The whole plan as one JSON document ({@code plans/<plan>/data/plan.json}), and the JSON Schema that
 * describes it, published at {@link SitePaths#planSchema()} (its source is docs/schemas/, shipped in the jar).
 * Text a person wrote in Markdown is given as its Markdown source.
 */
final class PlanJsonStep implements PlanOutputStep {
    static final String SCHEMA_VERSION = "1.0";
    static final String SCHEMA_RESOURCE = "/intentions/schemas/plan-1.0.schema.json";

    @Override
    public boolean beforePages() {
        return true;
    }

    @Override
    public List<Output> shared(Input in) {
        return in.ctx().index().site().plans().isEmpty() ? List.of()
                : List.of(new Output(SitePaths.planSchema(), schema()));
    }

    @Override
    public List<Output> forPlan(Input in, Plan plan) {
        return List.of(new Output(SitePaths.planJson(plan.id()), Json.prettyUtf8(document(in.ctx().index(), plan,
                SitePaths.rootFrom(SitePaths.planJson(plan.id())) + SitePaths.planSchema()))));
    }

    static byte[] schema() {
        try (InputStream s = PlanJsonStep.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (s == null) {
                throw new IllegalStateException("the jar lacks " + SCHEMA_RESOURCE);
            }
            return s.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> document(SiteIndex index, Plan plan, String schemaHref) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("$schema", schemaHref);
        d.put("schemaVersion", SCHEMA_VERSION);
        d.put("plan", Views.map("id", plan.id(), "title", plan.title(), "commissioners", plan.commissioners(),
                "period", plan.period(), "status", plan.status(),
                // the schema's dates are whole days: a date the source gives only as a month or year is null here
                "published", plan.publishedOn().filter(x -> x.precision() == PartialDate.Precision.DAY)
                        .map(Object::toString).orElse(null),
                "updated", plan.updatedOn().filter(x -> x.precision() == PartialDate.Precision.DAY)
                        .map(Object::toString).orElse(null),
                "introduction", plan.introduction().source()));
        Map<String, List<Affected.Row>> affected = Affected.byIntention(Affected.rows(index, plan));
        List<Object> sections = new ArrayList<>();
        for (Section s : plan.sections()) {
            List<Object> intentions = new ArrayList<>();
            for (Intention i : s.intentions()) {
                intentions.add(intention(i, affected.getOrDefault(i.id(), List.of())));
            }
            sections.add(Views.map("id", s.id(), "number", s.number(), "title", s.title(),
                    "summary", s.summary().source(), "intentions", intentions));
        }
        d.put("sections", sections);
        d.put("providers", index.providers().providersByName().stream().map(PlanJsonStep::provider).toList());
        d.put("priorities", index.site().priorities().stream().map(PlanJsonStep::priority).toList());
        d.put("commissioningGroups", index.site().groups().stream().map(PlanJsonStep::group).toList());
        d.put("budgets", plan.budgets().stream().map(PlanJsonStep::budget).toList());
        d.put("rounds", plan.rounds().stream().map(PlanJsonStep::round).toList());
        d.put("responses", plan.responses().stream().map(PlanJsonStep::response).toList());
        d.put("changes", index.changes(plan.id()).orElseThrow().steps().stream().map(PlanJsonStep::changes).toList());
        return d;
    }

    private static Object intention(Intention i, List<Affected.Row> affected) {
        List<Object> parts = new ArrayList<>();
        for (IntentionPart p : i.parts()) {
            parts.add(Views.map("action", p.actions().source(), "outcome", p.outcomes().source(),
                    "providers", ids(p.providers()), "providersAsPrinted", p.providersAsPrinted()));
        }
        List<Object> affects = new ArrayList<>();
        for (Affected.Row r : affected) {
            affects.add(Views.map("provider", r.provider().id(), "how", r.how(),
                    "throughGroup", r.direct() ? null : r.via().id()));
        }
        return Views.map("id", i.id(), "number", i.number(), "area", i.area(), "status", i.status().id(),
                "parts", parts, "priorities", ids(i.priorities()), "commissioningGroups", ids(i.groups()),
                "affects", affects, "otherPlans", i.links().isEmpty() ? null : i.links().stream()
                        .map(l -> Views.map("relation", l.relation().field(), "plan", l.planId().orElse(""),
                                "intention", l.intentionId())).toList());
    }

    private static Object provider(Provider p) {
        return Views.map("id", p.id(), "name", p.name(), "kind", p.kind().id(), "memberOf", ids(p.memberOf()),
                "summary", p.summary().source());
    }

    private static Object priority(Priority p) {
        return Views.map("id", p.id(), "name", p.name(), "summary", p.summary().source());
    }

    private static Object group(CommissioningGroup g) {
        return Views.map("id", g.id(), "name", g.name(), "fullName", g.fullName(), "kind", g.kind(),
                "locality", g.locality());
    }

    private static Object budget(BudgetTable b) {
        List<Object> columns = new ArrayList<>();
        for (BudgetColumn c : b.columns()) {
            columns.add(Views.map("id", c.id(), "heading", c.heading(), "unit", c.unit() == null ? null : c.unit().label()));
        }
        List<Object> rows = new ArrayList<>();
        for (BudgetRow r : b.rows()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            for (BudgetColumn c : b.columns()) {
                Figure f = r.values().get(c.id());
                if (f != null) {
                    figures.put(c.id(), Views.map("printed", f.printed(), "value", f.value(), "unit", f.unit().label()));
                }
            }
            rows.add(Views.map("id", r.id(), "label", r.label(), "heading", r.heading(), "figures", figures));
        }
        return Views.map("id", b.id(), "caption", b.caption(), "unit", b.unit().label(), "source", b.source(),
                "columns", columns, "rows", rows);
    }

    private static Object round(ConsultationRound r) {
        return Views.map("id", r.id(), "name", r.name(), "opens", day(r.opensOn()),
                "closes", day(r.closesOn()), "audience", r.audience(),
                "closed", r.closed());
    }

    private static Object response(ConsultationResponse r) {
        return Views.map("id", r.id(), "round", r.round() == null ? null : r.round().id(), "from", r.from(),
                "commissioningGroup", r.group() == null ? null : r.group().id(), "intentions", ids(r.intentions()),
                "said", r.said().source(), "answer", r.answer().source(), "outcome", r.outcome());
    }

    private static Object changes(ChangeSet s) {
        List<Object> list = new ArrayList<>();
        addChanges(list, "added", s.added());
        addChanges(list, "removed", s.removed());
        addChanges(list, "changed", s.changed());
        List<Object> figures = new ArrayList<>();
        for (ChangeSet.FigureChange f : s.figures()) {
            figures.add(Views.map("table", f.table(), "row", f.row(), "column", f.column(), "label", f.label(),
                    "before", f.before(), "after", f.after()));
        }
        return Views.map("fromRound", s.fromRoundId(), "toVersion", s.toLabel(), "intentions", list,
                "budgetFigures", figures);
    }

    private static void addChanges(List<Object> list, String kind, List<ChangeSet.IntentionChange> changes) {
        for (ChangeSet.IntentionChange c : changes) {
            list.add(Views.map("intention", c.id(), "change", kind,
                    "numberBefore", c.before() == null ? null : c.before().number(),
                    "numberAfter", c.after() == null ? null : c.after().number(),
                    "statusBefore", c.before() == null ? null : c.before().status(),
                    "statusAfter", c.after() == null ? null : c.after().status(),
                    "providersAdded", c.providersAdded(), "providersRemoved", c.providersRemoved()));
        }
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    /** A whole-day date as YYYY-MM-DD; null for none, and for a month or year (the schema's dates are days). */
    private static String day(PartialDate d) {
        return d == null || d.precision() != PartialDate.Precision.DAY ? null : d.toString();
    }
}
