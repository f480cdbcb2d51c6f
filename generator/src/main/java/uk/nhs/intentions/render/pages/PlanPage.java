package uk.nhs.intentions.render.pages;

import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.DateText;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.PlanNames;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.data.DataOutputs;

/** One page per plan: introduction and the list of sections. */
final class PlanPage implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        // lazy: the downloads it links are written before pages are rendered, after pages are planned
        return ctx.index().site().plans().stream().map(plan -> Page.lazy(SitePaths.plan(plan.id()), "plan.ftlh", () -> {
            Map<String, Object> model = summary(ctx, plan);
            model.put("title", plan.title());
            model.put("description", plan.title() + " (" + plan.period() + "), "
                    + String.join(" and ", plan.commissioners()) + ".");
            model.put("breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()));
            model.put("narrative", NarrativePages.links(plan));
            model.put("meetings", MeetingPages.links(plan));
            model.put("filters", StatusPages.filters(plan, null, false, StatusPages.counts(plan)));
            if (!plan.consultationRounds().isEmpty()) {
                model.put("changesHref", SitePaths.changes(plan.id()));
            }
            if (!plan.responses().isEmpty()) {
                model.put("responsesHref", SitePaths.responses(plan.id()));
            }
            if (!plan.budgets().isEmpty()) {
                model.put("budgetsHref", SitePaths.budgets(plan.id()));
            }
            model.put("downloads", DataOutputs.planDownloads(ctx, plan));
            model.put("dataHref", SitePaths.dataPage(plan.id()));
            model.put("feeds", DataOutputs.planFeed(ctx, plan).stream().toList());
            return model;
        })).toList();
    }

    /** The document's engagement events, in the order written, each with whether it has taken place. */
    static List<Map<String, Object>> timeline(RenderContext ctx, Plan plan) {
        return plan.events().stream().map(r -> {
            String when = DateText.format(r.opensOn());
            if (r.closesOn() != null) {
                when += " to " + DateText.format(r.closesOn());
            }
            String state = switch (r.state(ctx.settings().buildDate())) {
                case CLOSED -> "Held";
                case OPEN -> "Taking place";
                case UPCOMING -> "Not yet held";
                case NOT_KNOWN -> "";
            };
            return Views.map("id", r.id(), "name", r.name(), "when", when, "state", state,
                    "audience", r.audience());
        }).toList();
    }

    static Map<String, Object> summary(RenderContext ctx, Plan plan) {
        Map<String, Object> m = Views.map(
                "id", plan.id(),
                "planTitle", plan.title(),
                "href", SitePaths.plan(plan.id()),
                "commissioners", PlanNames.commissionerLinks(ctx.index().site(), plan),
                "period", plan.period(),
                "status", plan.status(),
                "published", plan.publishedOn().map(DateText::format).orElse(""),
                "updated", plan.updatedOn().map(DateText::format).orElse(""),
                "kind", plan.document().kind().equals("plan") ? "" : plan.document().kindLabel(),
                "author", plan.document().author(),
                "signatory", plan.document().signatory(),
                "audience", plan.document().audience(),
                "timeline", timeline(ctx, plan),
                "introduction", ctx.markdown().toMarkup(plan.introduction()),
                "intentionCount", plan.intentionCount(),
                "sections", HomePage.sections(plan));
        if (!plan.consultationRounds().isEmpty()) {
            m.put("respondHref", SitePaths.respond(plan.id()));
        }
        if (!plan.budgets().isEmpty()) {
            m.put("glanceHref", SitePaths.glance(plan.id()));
        }
        ctx.index().changes(plan.id()).flatMap(PlanChanges::sinceLatestRound).ifPresent(c -> m.put("latestChange",
                Views.link("What changed since " + c.fromLabel(), SitePaths.change(plan.id(), c.fromRoundId()))));
        return m;
    }
}
