package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.render.CrossLinks;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * The practice-based commissioning groups index and one page per group: CATS specialties, priorities, the
 * intentions and narrative that involve it, and its positions and decisions at meetings. The finance work
 * with the budget lines of its own (from the budget tables' rows linked to the group).
 */
final class GroupPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        // a group's page lists references (outlines), its positions at meetings and its budget lines
        java.util.Set<String> reads = Reads.everyPlanOutsideSections(ctx);
        for (CommissioningGroup g : ctx.index().site().groups()) {
            Map<String, Object> row = CrossLinks.groupLink(g);
            row.put("kind", kindLabel(g.kind()));
            row.put("locality", g.locality() == null ? "" : g.locality());
            row.put("count", CrossLinks.intentionCount(ctx, pi -> pi.mentionsOfGroup(g.id())));
            rows.add(row);
            String fullName = g.fullName() == null || g.fullName().isBlank() ? "" : g.fullName();
            // built when rendered (the mentions again): a group's page lists every intention that involves it
            pages.add(Page.lazy(SitePaths.group(g.id()), "group.ftlh", () -> Views.map(
                    "id", g.id(),
                    "title", g.name(),
                    "description", "Practice-based commissioning group " + g.name()
                            + (fullName.isEmpty() ? "" : " (" + fullName + ")")
                            + (g.locality() == null ? "" : ", " + g.locality())
                            + ": its priorities, CATS specialties, intentions and positions at meetings.",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), "Commissioning groups",
                            SitePaths.groups()),
                    "fullName", fullName,
                    "kind", kindLabel(g.kind()),
                    "locality", g.locality() == null ? "" : g.locality(),
                    "aliases", g.aliases(),
                    "cats", g.catsSpecialties(),
                    "priorities", ctx.markdown().toMarkup(g.priorities()),
                    "hasPriorities", g.priorities() != null && !g.priorities().isBlank(),
                    "mentions", CrossLinks.mentions(ctx, pi -> pi.mentionsOfGroup(g.id())),
                    "budgets", GroupBudgets.forGroup(ctx, g.id()))).readingOnly(reads));
        }
        pages.add(0, new Page(SitePaths.groups(), "groups.ftlh", Views.map(
                "title", "Commissioning groups",
                "description", "The practice-based commissioning (PBC) groups: localities, CATS specialties, "
                        + "priorities and the intentions that involve them.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "groups", rows)).readingOnly(java.util.Set.of()));
        return pages;
    }

    static String kindLabel(String kind) {
        if (kind == null || kind.isEmpty()) {
            return "Not stated";
        }
        return switch (kind) {
            case "consortium" -> "Consortium of practices";
            case "single-practice" -> "Single practice";
            default -> kind;
        };
    }
}
