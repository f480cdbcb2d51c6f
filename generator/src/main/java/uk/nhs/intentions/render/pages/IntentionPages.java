package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** One page per intention, at a permalink built from its stable id. */
public final class IntentionPages implements PageBuilder {

    /** The intention at each closed round and now, with a link to the change page of each step. */
    private static List<Map<String, Object>> history(RenderContext ctx, Plan plan, Intention i) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanChanges.HistoryEntry e : ctx.index().changes(plan.id()).history(i.id())) {
            out.add(Views.map("label", e.label(),
                    "present", e.intention() != null,
                    "number", e.intention() == null ? "" : e.intention().number(),
                    "status", e.intention() == null ? "" : IntentionStatus.fromId(e.intention().status())
                            .map(IntentionStatus::label).orElse(e.intention().status()),
                    "changed", e.changedFromPrevious()));
        }
        return out;
    }

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            for (Section s : plan.sections()) {
                for (Intention i : s.intentions()) {
                    Map<String, Object> model = Views.intentionFull(ctx, pi, i);
                    model.put("title", i.number() + " " + i.area());
                    model.put("description", "Commissioning intention " + i.number() + " (" + i.area() + ") in "
                            + plan.title() + ", section " + s.number() + ": " + s.title() + ".");
                    model.put("breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(),
                            SitePaths.plan(plan.id()), s.number() + ". " + s.title(),
                            SitePaths.section(plan.id(), s.id())));
                    model.put("section", Views.link(s.number() + ". " + s.title(),
                            SitePaths.section(plan.id(), s.id())));
                    Intention prev = pi.previous(i);
                    Intention next = pi.next(i);
                    if (prev != null) {
                        model.put("previous", Views.intentionLink(plan, prev));
                    }
                    if (next != null) {
                        model.put("next", Views.intentionLink(plan, next));
                    }
                    model.put("history", history(ctx, plan, i));
                    model.put("responses", plan.responses().stream()
                            .filter(r -> r.intentions().stream().anyMatch(ref -> ref.id().equals(i.id())))
                            .map(r -> ResponsePages.response(ctx, pi, r)).toList());
                    pages.add(new Page(SitePaths.intention(plan.id(), i.id()), "intention.ftlh", model));
                }
            }
        }
        return pages;
    }
}
