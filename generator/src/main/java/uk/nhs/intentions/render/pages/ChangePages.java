package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.index.changes.ChangeSet;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.index.changes.TextDiff;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.Consultations;
import uk.nhs.intentions.render.DateText;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** The consultation rounds of a plan and, for each, what changed in the next version. */
final class ChangePages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            if (plan.consultationRounds().isEmpty()) {
                continue;
            }
            PlanChanges changes = ctx.index().changes(plan.id()).orElseThrow(); // plan is one of the site's
            List<Map<String, Object>> rounds = new ArrayList<>();
            for (ConsultationRound r : plan.consultationRounds()) {
                Object closes = Consultations.round(plan, r, ctx.settings().buildDate()).get("closes");
                rounds.add(Views.map("id", r.id(), "name", r.name(), "opens", DateText.format(r.opensOn()),
                        "closes", closes, "audience", r.audience(), "closed", r.closed(),
                        "href", r.closed() ? SitePaths.change(plan.id(), r.id()) : null));
            }
            Map<String, Object> index = Views.map(
                    "title", "Consultation rounds and changes",
                    "description", "The consultation rounds of " + plan.title() + " and what changed in each.",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id())),
                    "rounds", rounds,
                    "respondHref", SitePaths.respond(plan.id()),
                    "responsesHref", plan.responses().isEmpty() ? null : SitePaths.responses(plan.id()));
            changes.sinceLatestRound().ifPresent(c -> index.put("latest", changeSet(ctx, pi, c)));
            pages.add(new Page(SitePaths.changes(plan.id()), "changes.ftlh", index));
            for (ChangeSet step : changes.steps()) {
                Map<String, Object> model = changeSet(ctx, pi, step);
                model.put("title", "Changes since " + step.fromLabel());
                model.put("description", "What changed in " + plan.title() + " between " + step.fromLabel() + " and "
                        + step.toLabel().toLowerCase() + ".");
                model.put("breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(),
                        SitePaths.plan(plan.id()), "Consultation rounds and changes", SitePaths.changes(plan.id())));
                pages.add(new Page(SitePaths.change(plan.id(), step.fromRoundId()), "change.ftlh", model));
            }
        }
        return pages;
    }

    static Map<String, Object> changeSet(RenderContext ctx, PlanIndex pi, ChangeSet c) {
        return Views.map(
                "from", c.fromLabel(),
                "to", c.toLabel(),
                "href", SitePaths.change(pi.plan().id(), c.fromRoundId()),
                "empty", c.isEmpty(),
                "added", c.added().stream().map(x -> intentionChange(ctx, pi, x)).toList(),
                "removed", c.removed().stream().map(x -> intentionChange(ctx, pi, x)).toList(),
                "changed", c.changed().stream().map(x -> intentionChange(ctx, pi, x)).toList(),
                "figures", c.figures().stream().map(f -> figure(pi.plan(), f)).toList());
    }

    static Map<String, Object> intentionChange(RenderContext ctx, PlanIndex pi, ChangeSet.IntentionChange c) {
        var latest = c.latest();
        Map<String, Object> m = Views.map(
                "id", c.id(),
                "number", latest.number(),
                "area", latest.area(),
                "href", pi.intention(c.id()).isPresent() ? SitePaths.intention(pi.plan().id(), c.id()) : null,
                "renumbered", c.renumbered(),
                "statusChanged", c.statusChanged(),
                "textChanged", c.textChanged(),
                "areaChanged", c.areaChanged(),
                "actionsChanged", c.actionsChanged(),
                "outcomesChanged", c.outcomesChanged(),
                "areaDiff", runs(c.area()),
                "actionsDiff", runs(c.actions()),
                "outcomesDiff", runs(c.outcomes()),
                "providersAdded", names(ctx, c.providersAdded()),
                "providersRemoved", names(ctx, c.providersRemoved()));
        if (c.before() != null) {
            m.put("numberBefore", c.before().number());
            m.put("statusBefore", statusLabel(c.before().status()));
        }
        if (c.after() != null) {
            m.put("statusAfter", statusLabel(c.after().status()));
        }
        return m;
    }

    private static String statusLabel(String id) {
        return IntentionStatus.fromId(id).map(IntentionStatus::label).orElse(id);
    }

    /** A difference as printed, with + for an increase: +877, (3,874). */
    private static String signed(Figure d) {
        return d.isNegative() || d.value().signum() == 0 ? d.printed() : "+" + d.printed();
    }

    static List<Map<String, Object>> runs(List<TextDiff.Run> runs) {
        return runs.stream().map(r -> Views.map("kind", r.kind().name().toLowerCase(), "text", r.text())).toList();
    }

    private static List<Map<String, Object>> names(RenderContext ctx, List<String> providerIds) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : providerIds) {
            out.add(ctx.index().providers().provider(id).map(Views::providerLink)
                    .orElse(Views.map("id", id, "label", id)));
        }
        return out;
    }

    private static Map<String, Object> figure(Plan plan, ChangeSet.FigureChange f) {
        String caption = plan.budgets().stream().filter(b -> b.id().equals(f.table())).findFirst()
                .map(b -> b.caption()).orElse(f.table());
        boolean exists = plan.budgets().stream().anyMatch(b -> b.id().equals(f.table()));
        return Views.map("table", caption, "label", f.label(), "before", f.before(),
                "after", f.after(), "difference", f.difference() == null ? "" : signed(f.difference()),
                "budgetHref", exists ? SitePaths.budget(plan.id(), f.table()) : null);
    }
}
