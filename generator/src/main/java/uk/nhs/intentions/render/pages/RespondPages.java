package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.RoundResponding;
import uk.nhs.intentions.render.Consultations;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/**
 * "How to respond", one page per plan with consultation rounds: the round that matters now first (closing
 * date and time, where to send a response, how to respond, what happens next), then the plan's other rounds.
 */
final class RespondPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        var buildDate = ctx.settings().buildDate();
        for (Plan plan : ctx.index().site().plans()) {
            if (plan.consultationRounds().isEmpty()) {
                continue;
            }
            ConsultationRound current = Consultations.current(plan, buildDate).orElseThrow();
            List<Map<String, Object>> others = new ArrayList<>();
            List<ConsultationRound> rounds = plan.consultationRounds();
            for (int i = rounds.size() - 1; i >= 0; i--) {
                ConsultationRound r = rounds.get(i);
                if (r != current) {
                    others.add(round(ctx, plan, r));
                }
            }
            pages.add(new Page(SitePaths.respond(plan.id()), "respond.ftlh", Views.map(
                    "title", "How to respond",
                    "description", "How to respond to the consultation on " + plan.title() + ": closing date,"
                            + " where to send your response and what happens next.",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id())),
                    "planTitle", plan.title(),
                    "planHref", SitePaths.plan(plan.id()),
                    "noConsultationBanner", true,
                    "current", round(ctx, plan, current),
                    "others", others,
                    "changesHref", SitePaths.changes(plan.id()),
                    "responsesHref", plan.responses().isEmpty() ? "" : SitePaths.responses(plan.id()))));
        }
        return pages;
    }

    private static Map<String, Object> round(RenderContext ctx, Plan plan, ConsultationRound r) {
        Map<String, Object> v = Consultations.round(plan, r, ctx.settings().buildDate());
        RoundResponding how = r.responding();
        v.put("email", how.email());
        v.put("post", how.post().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        v.put("form", how.form());
        v.put("hasContact", how.hasContact());
        v.put("howToRespond", ctx.markdown().toMarkupOutline(how.howToRespond(), 3));
        v.put("hasHowToRespond", !how.howToRespond().isBlank());
        v.put("whatHappensNext", ctx.markdown().toMarkupOutline(how.whatHappensNext(), 3));
        v.put("hasWhatHappensNext", !how.whatHappensNext().isBlank());
        return v;
    }
}
