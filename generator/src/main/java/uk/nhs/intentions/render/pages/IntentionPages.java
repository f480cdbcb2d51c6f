package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.IntentionStatus;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.CrossLinks;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;

/**
 * One page per intention, at a permalink built from its stable id: the proposed action and outcomes, who
 * it affects (and, for provider groups, how many members), its disease priorities, commissioning groups,
 * the narrative that explains it and what meetings said and decided about it.
 */
final class IntentionPages implements PageBuilder {

    /** The intention at each closed round and now, with a link to the change page of each step. */
    private static List<Map<String, Object>> history(RenderContext ctx, Plan plan, Intention i) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<PlanChanges.HistoryEntry> entries = ctx.index().changes(plan.id()).map(c -> c.history(i.id()))
                .orElse(List.of());
        for (PlanChanges.HistoryEntry e : entries) {
            // the current version is named by its date, not just "This version"
            String label = e.label().equals(PlanChanges.CURRENT) ? uk.nhs.intentions.render.PlanDates
                    .currentVersion(plan) : e.label();
            out.add(Views.map("label", label,
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
                    // reads its own text, its section's outside the intentions and its plan's outside the
                    // sections (budgets, meetings, rounds); of the other intentions only their outline
                    pages.add(Page.lazy(SitePaths.intention(plan.id(), i.id()), "intention.ftlh",
                            () -> model(ctx, pi, s, i)).readingIntention(plan.id(), s.id(), i.id()));
                }
            }
        }
        return pages;
    }

    private static Map<String, Object> model(RenderContext ctx, PlanIndex pi, Section s, Intention i) {
        Plan plan = pi.plan();
        Map<String, Object> model = Views.intentionFull(ctx, pi, i);
        model.put("title", (i.number() + " " + i.area()).strip());
        String action = i.parts().isEmpty() ? "" : TextOf.markdown(i.parts().get(0).actions().source());
        model.put("description", TextOf.shorten("Commissioning intention " + (i.number().isEmpty() ? "" : i.number() + " ") + "("
                + i.area() + "), "
                + s.title() + ", " + plan.period() + ". " + action, 300));
        model.put("breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), plan.title(),
                SitePaths.plan(plan.id()), s.number() + ". " + s.title(), SitePaths.section(plan.id(), s.id())));
        model.put("section", Views.link(s.number() + ". " + s.title(), SitePaths.section(plan.id(), s.id())));
        model.put("planTitle", plan.title());
        model.put("affected", affected(ctx, i));
        model.put("priorities", CrossLinks.priorityLinks(ctx, i.priorities()));
        List<Ref> groupRefs = new ArrayList<>(i.groups());
        PlanIndex.Mentions m = pi.mentionsOfIntention(i.id());
        m.topics().forEach(t -> groupRefs.addAll(t.topic().groups()));
        m.decisions().forEach(d -> groupRefs.addAll(d.decision().groups()));
        model.put("groups", CrossLinks.groupLinks(ctx, i.groups()));
        model.put("discussedGroups", CrossLinks.groupLinks(ctx,
                groupRefs.stream().filter(r -> i.groups().stream().noneMatch(g -> g.id().equals(r.id()))).toList()));
        model.put("mentions", CrossLinks.mentions(ctx, p -> p == pi ? p.mentionsOfIntention(i.id())
                : new PlanIndex.Mentions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
        // background pages of the whole section, unless already listed as explaining this intention
        model.put("sectionNarrative", sectionNarrative(pi, s).stream()
                .filter(n -> m.narrative().stream().noneMatch(x -> SitePaths.narrative(plan.id(), x.id())
                        .equals(n.get("href")))).toList());
        Intention prev = pi.previous(i);
        Intention next = pi.next(i);
        if (prev != null) {
            model.put("previous", Views.intentionLink(plan, prev));
        }
        if (next != null) {
            model.put("next", Views.intentionLink(plan, next));
        }
        model.put("otherPlans", ctx.index().planLinks().of(plan.id(), i.id()).stream().map(t -> Views.map(
                "words", t.words() + " " + t.plan().period(),
                "href", SitePaths.intention(t.plan().id(), t.intention().id()),
                "label", (t.intention().number() == null || t.intention().number().isBlank() ? ""
                        : t.intention().number() + " ") + t.intention().area(),
                "plan", t.plan().title())).toList());
        model.put("history", history(ctx, plan, i));
        model.put("fundedBy", fundedBy(plan, i));
        model.put("responses", plan.responses().stream()
                .filter(r -> r.intentions().stream().anyMatch(ref -> ref.id().equals(i.id())))
                .map(r -> ResponsePages.response(ctx, pi, r)).toList());
        return model;
    }

    /** Narrative pages that explain the intention's whole section (shown as background). */
    private static List<Map<String, Object>> sectionNarrative(PlanIndex pi, Section s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Ref r : s.narrative()) {
            pi.narrative(r.id()).ifPresent(n -> out.add(CrossLinks.narrativeLink(pi.plan(), n)));
        }
        return out;
    }

    /**
     * Every provider or group named in any part, once, with for a group the number of organisations in it,
     * so the page can say "a provider group of 9 organisations".
     */
    private static List<Map<String, Object>> affected(RenderContext ctx, Intention i) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (IntentionPart part : i.parts()) {
            for (Ref r : part.providers()) {
                ctx.index().providers().provider(r.id()).ifPresent(p -> out.computeIfAbsent(p.id(),
                        k -> affectedEntry(ctx, p)));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static Map<String, Object> affectedEntry(RenderContext ctx, Provider p) {
        Map<String, Object> v = Views.providerLink(p);
        if (p.isGroup()) {
            long orgs = ctx.index().providers().membersOf(p.id()).stream().filter(x -> !x.isGroup()).count();
            v.put("memberCount", orgs);
        }
        return v;
    }

    /** The budget lines that name this intention as what their money funds, with their figures as printed. */
    private static List<Map<String, Object>> fundedBy(Plan plan, Intention i) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (var t : plan.budgets()) {
            for (var r : t.rows()) {
                if (r.heading() || r.intentions().stream().noneMatch(x -> x.id().equals(i.id()))) {
                    continue;
                }
                List<String> figures = new ArrayList<>();
                for (var c : t.columns()) {
                    r.figure(c.id()).ifPresent(f -> figures.add(c.heading() + ": " + f.printed()));
                }
                out.add(Views.map("label", r.label(), "href", SitePaths.budget(plan.id(), t.id()) + "#row-" + r.id(),
                        "table", t.caption(), "unit", t.unit().label(), "figures", String.join("; ", figures)));
            }
        }
        return out;
    }
}
