package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.model.ConsultationResponse;
import uk.nhs.intentions.model.ConsultationRound;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.Views;

/** "You said, we did": every consultation response of a plan, by round. */
final class ResponsePages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            if (plan.responses().isEmpty()) {
                continue;
            }
            Map<String, List<Map<String, Object>>> byRound = new LinkedHashMap<>();
            for (ConsultationRound r : plan.rounds()) {
                byRound.put(r.id(), new ArrayList<>());
            }
            for (ConsultationResponse r : plan.responses()) {
                byRound.computeIfAbsent(r.round() == null ? "" : r.round().id(), k -> new ArrayList<>())
                        .add(response(ctx, pi, r));
            }
            List<Map<String, Object>> rounds = new ArrayList<>();
            for (ConsultationRound r : plan.rounds()) {
                if (!byRound.get(r.id()).isEmpty()) {
                    rounds.add(Views.map("id", r.id(), "name", r.name(), "responses", byRound.get(r.id())));
                }
            }
            pages.add(new Page(SitePaths.responses(plan.id()), "responses.ftlh", Views.map(
                    "title", "You said, we did",
                    "description", "Responses to the consultation on " + plan.title()
                            + " and the commissioner's answers.",
                    "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(), SitePaths.plan(plan.id()),
                            "Consultation rounds and changes", SitePaths.changes(plan.id())),
                    "rounds", rounds)));
        }
        return pages;
    }

    /** A response as shown in the index and on the intentions it concerns. */
    public static Map<String, Object> response(RenderContext ctx, PlanIndex pi, ConsultationResponse r) {
        List<Map<String, Object>> intentions = new ArrayList<>();
        for (Ref ref : r.intentions()) {
            pi.intention(ref.id()).ifPresent(i -> intentions.add(Views.intentionLink(pi.plan(), i)));
        }
        List<Map<String, Object>> budgets = new ArrayList<>();
        for (Ref ref : r.budgets()) {
            pi.plan().budgets().stream().filter(b -> b.id().equals(ref.id())).findFirst()
                    .ifPresent(b -> budgets.add(Views.link(b.title(), SitePaths.budget(pi.plan().id(), b.id()))));
        }
        String round = r.round() == null ? "" : pi.plan().rounds().stream().filter(x -> x.id().equals(r.round().id()))
                .map(ConsultationRound::name).findFirst().orElse("");
        return Views.map("id", r.id(), "from", r.from(), "round", round,
                "group", r.group() == null ? null : ctx.index().site().groups().stream()
                        .filter(g -> g.id().equals(r.group().id())).findFirst()
                        .map(g -> Views.link(g.name(), SitePaths.group(g.id()))).orElse(null),
                "said", ctx.markdown().toMarkup(r.said()),
                "answer", ctx.markdown().toMarkup(r.answer()),
                "hasAnswer", !r.answer().isBlank(),
                "outcome", r.outcome(),
                "outcomeLabel", outcomeLabel(r.outcome()),
                "intentions", intentions,
                "budgets", budgets,
                "href", SitePaths.responses(pi.plan().id()) + "#response-" + r.id());
    }

    private static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "accepted" -> "Accepted";
            case "partly-accepted" -> "Partly accepted";
            case "not-accepted" -> "Not accepted";
            case "noted" -> "Noted";
            default -> "Pending";
        };
    }
}
