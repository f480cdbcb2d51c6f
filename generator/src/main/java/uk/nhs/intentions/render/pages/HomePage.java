package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.CrossLinks;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.PlanNames;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** The home page: each plan at a glance with its sections. */
final class HomePage implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Map<String, Object>> plans = new ArrayList<>();
        List<Map<String, Object>> figures = BudgetViews.headlineFigures(ctx);
        for (Plan plan : ctx.index().site().plans().stream().sorted(PlanNames.NEWEST_FIRST).toList()) {
            Map<String, Object> summary = PlanPage.summary(ctx, plan);
            // each plan's figures under its own name
            summary.put("figures", figures.stream().filter(f -> plan.id().equals(f.get("plan"))).toList());
            plans.add(summary);
        }
        String title = ctx.settings().title();
        List<Map<String, Object>> priorities = new ArrayList<>();
        for (Priority p : ctx.index().site().priorities()) {
            Map<String, Object> link = CrossLinks.priorityLink(p);
            link.put("count", ctx.index().plans().stream()
                    .mapToInt(pi -> pi.mentionsOfPriority(p.id()).intentions().size()).sum());
            priorities.add(link);
        }
        long organisations = ctx.index().site().providers().stream().filter(p -> !p.isGroup()).count();
        return List.of(new Page(SitePaths.home(), "home.ftlh", Views.map(
                "title", title,
                "description", "Commissioning intentions published by " + commissioners(ctx)
                        + ": what the commissioners intend to buy, change or stop, and what it means for each provider.",
                "plans", plans,
                "priorities", priorities,
                "providersHref", SitePaths.providers(),
                "providerCount", ctx.index().site().providers().size(),
                "organisationCount", organisations,
                "prioritiesHref", SitePaths.priorities(),
                "groupsHref", SitePaths.groups(),
                "groupCount", ctx.index().site().groups().size(),
                "searchHref", SitePaths.search(),
                "headlineFigures", figures,
                "byCommissioner", byCommissioner(ctx, plans))));
    }

    /**
     * Plans grouped by who commissions them (a joint plan under its partners together), newest first within
     * each; the groups in order of their newest plan.
     */
    private static List<Map<String, Object>> byCommissioner(RenderContext ctx, List<Map<String, Object>> plans) {
        Map<String, Map<String, Object>> groups = new java.util.LinkedHashMap<>();
        for (Map<String, Object> plan : plans) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> who = (List<Map<String, Object>>) plan.get("commissioners");
            String key = who.stream().map(c -> (String) c.get("label")).collect(java.util.stream.Collectors
                    .joining(" and "));
            Map<String, Object> g = groups.computeIfAbsent(key, k -> Views.map("label", k,
                    "id", "commissioner-" + groups.size(), "commissioners", who, "plans", new ArrayList<>()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> list = (List<Map<String, Object>>) g.get("plans");
            list.add(plan);
        }
        return List.copyOf(groups.values());
    }

    private static String commissioners(RenderContext ctx) {
        return String.join(" and ", ctx.index().site().plans().stream()
                .flatMap(p -> p.commissioners().stream()).distinct().toList());
    }

    static List<Map<String, Object>> sections(Plan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Section s : plan.sections()) {
            out.add(Views.map("number", s.number(), "title", s.title(), "href", SitePaths.section(plan.id(), s.id()),
                    "count", s.intentions().size()));
        }
        return out;
    }
}
