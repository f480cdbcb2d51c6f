package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** One page per intention, at a permalink built from its stable id. */
public final class IntentionPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            for (Section s : plan.sections()) {
                for (Intention i : s.intentions()) {
                    pages.add(Page.lazy(SitePaths.intention(plan.id(), i.id()), "intention.ftlh",
                            () -> model(ctx, pi, s, i)));
                }
            }
        }
        return pages;
    }

    private static Map<String, Object> model(RenderContext ctx, PlanIndex pi, Section s, Intention i) {
        Plan plan = pi.plan();
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
        return model;
    }
}
