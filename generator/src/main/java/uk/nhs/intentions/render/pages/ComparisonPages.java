package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.nhs.intentions.index.Comparisons;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.PlanNames;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * For each disease priority that intentions of two or more plans name: a page comparing what each commissioner
 * plans (one row per intention: commissioner and year, what they intend, status, providers), and for each
 * commissioner with two or more years of it, the same priority across those years. A data table first, no
 * script; nothing at all on a site where no priority is named by two plans.
 */
final class ComparisonPages implements PageBuilder {

    /** Who a row belongs to: a commissioner's id (for its own page; "" when the site has no register) and name. */
    record Who(String id, String name) {
    }

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        Comparisons c = ctx.index().comparisons();
        Reads.Intentions units = new Reads.Intentions(ctx);
        for (Priority p : ctx.index().site().priorities()) {
            if (!c.comparable(p.id())) {
                continue;
            }
            List<Comparisons.Row> rows = sorted(c.of(p.id()));
            Map<Who, List<Comparisons.Row>> byWho = byCommissioner(rows);
            List<Map<String, Object>> acrossYears = new ArrayList<>();
            byWho.forEach((who, mine) -> {
                if (!who.id().isEmpty() && mine.stream().map(r -> r.plan().period()).distinct().count() > 1) {
                    String path = SitePaths.comparison(p.id(), who.id());
                    acrossYears.add(Views.link(who.name(), path));
                    pages.add(Page.lazy(path, "compare.ftlh", () -> commissionerModel(ctx, p, who, mine))
                            .gathering(() -> reads(units, mine)));
                }
            });
            pages.add(Page.lazy(SitePaths.comparison(p.id()), "compare.ftlh",
                    () -> priorityModel(ctx, p, rows, acrossYears)).gathering(() -> reads(units, rows)));
        }
        return pages;
    }

    /** A comparison shows each row's intention in full (its actions); of anything else only the outline. */
    private static Set<String> reads(Reads.Intentions intentions, List<Comparisons.Row> rows) {
        Set<String> units = new LinkedHashSet<>();
        rows.forEach(r -> units.add(intentions.of(r.plan(), r.intention())));
        return units;
    }

    /** Commissioner by name, then newest year first, then the plan's own order. */
    private static List<Comparisons.Row> sorted(List<Comparisons.Row> rows) {
        List<Comparisons.Row> out = new ArrayList<>(rows);
        Comparator<Comparisons.Row> order = Comparator.comparing((Comparisons.Row r) -> commissionerLabel(r.plan()))
                .thenComparing(r -> r.plan().period(), Comparator.reverseOrder())
                .thenComparing(r -> r.plan().id());
        out.sort(order); // stable: a plan's intentions keep their order
        return out;
    }

    private static Map<Who, List<Comparisons.Row>> byCommissioner(List<Comparisons.Row> rows) {
        Map<Who, List<Comparisons.Row>> out = new LinkedHashMap<>();
        for (Comparisons.Row r : rows) {
            for (Who w : whos(r.plan())) {
                out.computeIfAbsent(w, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** The plan's commissioners: by id where the plan names them from commissioners.yml, else by name alone. */
    static List<Who> whos(Plan plan) {
        List<Who> out = new ArrayList<>();
        for (int i = 0; i < plan.commissioners().size(); i++) {
            String id = i < plan.commissionerRefs().size() ? plan.commissionerRefs().get(i).id() : "";
            out.add(new Who(id, plan.commissioners().get(i)));
        }
        return out;
    }

    static String commissionerLabel(Plan plan) {
        return String.join(" and ", plan.commissioners());
    }

    private static Map<String, Object> priorityModel(RenderContext ctx, Priority p, List<Comparisons.Row> rows,
            List<Map<String, Object>> acrossYears) {
        long plans = rows.stream().map(r -> r.plan().id()).distinct().count();
        return Views.map(
                "title", p.name() + ": what each commissioner plans",
                "description", "Every intention that names the disease priority " + p.name() + ", plan by plan: "
                        + rows.size() + " intentions in " + plans + " plans.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), "Disease priorities",
                        SitePaths.priorities(), p.name(), SitePaths.priority(p.id())),
                "caption", "Intentions that name " + p.name() + ", by commissioner and year (" + rows.size() + ")",
                "intro", "Each row is one intention of one plan that names the disease priority " + p.name()
                        + ". Plans are matched by that priority, as each plan names it; nothing is matched by"
                        + " wording.",
                "showCommissioner", true,
                "rows", rows.stream().map(r -> row(ctx, r)).toList(),
                "acrossYears", acrossYears,
                "priority", Views.link(p.name(), SitePaths.priority(p.id())));
    }

    private static Map<String, Object> commissionerModel(RenderContext ctx, Priority p, Who who,
            List<Comparisons.Row> rows) {
        return Views.map(
                "title", p.name() + ": " + who.name() + " across the years",
                "description", "What " + who.name() + " intends for the disease priority " + p.name()
                        + ", year by year.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), "Disease priorities",
                        SitePaths.priorities(), p.name(), SitePaths.priority(p.id()), "Compare",
                        SitePaths.comparison(p.id())),
                "caption", "Intentions of " + who.name() + " that name " + p.name() + ", newest year first ("
                        + rows.size() + ")",
                "intro", "Each row is one intention of a plan of " + who.name() + " that names the disease priority "
                        + p.name() + ".",
                "showCommissioner", false,
                "rows", rows.stream().map(r -> row(ctx, r)).toList(),
                "acrossYears", List.of(),
                "all", Views.link("Every commissioner's intentions for " + p.name(), SitePaths.comparison(p.id())),
                "priority", Views.link(p.name(), SitePaths.priority(p.id())));
    }

    private static Map<String, Object> row(RenderContext ctx, Comparisons.Row r) {
        Plan plan = r.plan();
        Map<String, Object> v = Views.intentionLink(plan, r.intention());
        v.put("anchor", plan.id() + "-" + r.intention().id());
        v.put("commissioner", commissionerLabel(plan));
        v.put("commissioners", PlanNames.commissionerLinks(ctx.index().site(), plan));
        v.put("period", plan.period());
        v.put("plan", Views.link(plan.title(), SitePaths.plan(plan.id())));
        List<Object> actions = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Ref> providers = new ArrayList<>();
        String asPrinted = "";
        for (IntentionPart part : r.intention().parts()) {
            if (!part.actions().isBlank()) {
                actions.add(ctx.markdown().toMarkup(part.actions()));
            }
            part.providers().stream().filter(ref -> seen.add(ref.id())).forEach(providers::add);
            if (asPrinted.isEmpty() && part.providersAsPrinted() != null) {
                asPrinted = part.providersAsPrinted();
            }
        }
        v.put("actions", actions);
        v.put("providers", Views.providerLinks(ctx, providers));
        v.put("providersAsPrinted", asPrinted);
        v.put("ties", ctx.index().planLinks().of(plan.id(), r.intention().id()).stream()
                .map(t -> t.words() + " " + t.plan().period()).toList());
        return v;
    }
}
