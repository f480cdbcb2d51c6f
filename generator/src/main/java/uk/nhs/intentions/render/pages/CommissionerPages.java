package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Commissioner;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.render.DateText;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.PlanNames;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * The commissioners (from commissioners.yml) and one page each: what kind of body it is, its plans newest first
 * and the provider groups that are its own. No pages without commissioners.yml.
 */
final class CommissionerPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        Site site = ctx.index().site();
        if (site.commissioners().isEmpty()) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Commissioner c : site.commissioners()) {
            List<Map<String, Object>> plans = plans(site, c.id());
            rows.add(Views.map("label", c.name(), "href", SitePaths.commissioner(c.id()), "kind", c.kind().label(),
                    "area", c.area(), "count", plans.size()));
            List<Map<String, Object>> groups = site.providers().stream()
                    .filter(p -> p.isGroup() && p.commissioner().filter(r -> r.id().equals(c.id())).isPresent())
                    .map(p -> Views.link(p.name(), SitePaths.provider(p.id()))).toList();
            pages.add(new Page(SitePaths.commissioner(c.id()), "commissioner.ftlh", Views.map(
                    "title", c.name(),
                    "description", c.name() + " (" + c.kind().label() + "): its commissioning plans on this site,"
                            + " newest first.",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), "Commissioners",
                            SitePaths.commissioners()),
                    "kind", c.kind().label(),
                    "odsCode", c.odsCode(),
                    "area", c.area(),
                    "summary", ctx.markdown().toMarkup(c.summary()),
                    "plans", plans,
                    "groups", groups)));
        }
        pages.add(0, new Page(SitePaths.commissioners(), "commissioners.ftlh", Views.map(
                "title", "Commissioners",
                "description", "The bodies whose commissioning plans this site publishes, and their plans.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "commissioners", rows)));
        return pages;
    }

    /** The commissioner's plans, newest first. */
    static List<Map<String, Object>> plans(Site site, String commissionerId) {
        return site.plans().stream().filter(p -> p.commissionerIds().contains(commissionerId))
                .sorted(PlanNames.NEWEST_FIRST).map(CommissionerPages::planRow).toList();
    }

    private static Map<String, Object> planRow(Plan p) {
        return Views.map("label", p.title(), "href", SitePaths.plan(p.id()), "period", p.period(),
                "status", p.status(), "published", p.publishedOn().map(DateText::format).orElse(""),
                "count", p.intentionCount(),
                "kind", p.document().kind().equals("plan") ? "" : p.document().kindLabel(),
                "partners", p.commissioners().size() > 1 ? String.join(" and ", p.commissioners()) : "");
    }

    static boolean isOwnGroup(Provider p, String commissionerId) {
        return p.commissioner().filter(r -> r.id().equals(commissionerId)).isPresent();
    }
}
