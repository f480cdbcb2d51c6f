package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import uk.nhs.intentions.index.PlanIndex;
import uk.nhs.intentions.index.changes.PlanChanges;
import uk.nhs.intentions.index.ProviderImpact;
import uk.nhs.intentions.index.ProviderIndex;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.ProviderKind;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;

/**
 * The provider-impact index (all providers A–Z and by kind, with how many intentions affect each) and one
 * "What this plan means for you" page per provider or provider group.
 */
final class ProviderPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        pages.add(index(ctx));
        // A provider group such as "all providers" puts most intentions on most provider pages: render each
        // intention part once for all of them, and build each page's model only when it is rendered.
        Map<String, Map<String, Object>> parts = new ConcurrentHashMap<>();
        for (Provider p : ctx.index().providers().providersByName()) {
            pages.add(Page.lazy(SitePaths.provider(p.id()), "provider.ftlh", () -> providerModel(ctx, p, parts)));
        }
        return pages;
    }

    private static Map<String, Object> row(ProviderIndex idx, Provider p) {
        Map<String, Object> v = Views.providerLink(p);
        v.put("count", idx.impacts(p.id()).size());
        v.put("letter", letter(p.name()));
        return v;
    }

    static String letter(String name) {
        String first = name.isEmpty() ? "#" : name.substring(0, 1).toUpperCase(Locale.ROOT);
        return first.matches("[A-Z]") ? first : "#";
    }

    private static Page index(RenderContext ctx) {
        ProviderIndex idx = ctx.index().providers();
        List<Provider> all = idx.providersByName();
        Map<String, List<Map<String, Object>>> byLetter = new TreeMap<>();
        for (Provider p : all) {
            byLetter.computeIfAbsent(letter(p.name()), k -> new ArrayList<>()).add(row(idx, p));
        }
        List<Map<String, Object>> letters = new ArrayList<>();
        byLetter.forEach((l, list) -> letters.add(Views.map("letter", l, "id", l.equals("#") ? "other" : l,
                "providers", list)));
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (ProviderKind k : ProviderKind.values()) {
            List<Map<String, Object>> list = all.stream().filter(p -> p.kind() == k).map(p -> row(idx, p)).toList();
            if (!list.isEmpty()) {
                kinds.add(Views.map("id", k.id(), "label", k == ProviderKind.GROUP ? "Provider groups" : k.label(),
                        "providers", list));
            }
        }
        return new Page(SitePaths.providers(), "providers.ftlh", Views.map(
                "title", "What this plan means for your organisation",
                "description", "Every provider named in the commissioning intentions, A to Z and by kind, with "
                        + "the number of intentions that affect each, directly or through a provider group.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "letters", letters,
                "kinds", kinds,
                "total", all.size()));
    }

    private static Map<String, Object> providerModel(RenderContext ctx, Provider p,
            Map<String, Map<String, Object>> partViews) {
        ProviderIndex idx = ctx.index().providers();
        List<ProviderImpact> impacts = idx.impacts(p.id());
        Set<String> selfAndGroups = idx.selfAndGroups(p.id());

        // plan → section → intentions, in plan order, section number order and intention number order
        List<Map<String, Object>> plans = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            // keyed by section id: a Section record's hashCode walks every intention in it
            Map<String, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
            Map<String, Section> sectionsById = new LinkedHashMap<>();
            plan.sections().stream().sorted((a, b) -> Integer.compare(a.number(), b.number()))
                    .forEach(s -> {
                        bySection.put(s.id(), new ArrayList<>());
                        sectionsById.put(s.id(), s);
                    });
            for (ProviderImpact x : impacts) {
                if (x.plan() == plan || x.plan().id().equals(plan.id())) {
                    Section s = pi.sectionOf(x.intention());
                    bySection.computeIfAbsent(s.id(), k -> new ArrayList<>())
                            .add(impact(ctx, pi, x, selfAndGroups, partViews));
                    sectionsById.putIfAbsent(s.id(), s);
                }
            }
            List<Map<String, Object>> sections = new ArrayList<>();
            bySection.forEach((sectionId, list) -> {
                Section s = sectionsById.get(sectionId);
                if (!list.isEmpty()) {
                    sections.add(Views.map("title", s.number() + ". " + s.title(),
                            "href", SitePaths.section(plan.id(), s.id()), "intentions", list));
                }
            });
            if (!sections.isEmpty()) {
                plans.add(Views.map("title", plan.title(), "period", plan.period(),
                        "href", SitePaths.plan(plan.id()), "sections", sections));
            }
        }
        long directCount = impacts.stream().filter(ProviderImpact::direct).count();
        List<Map<String, Object>> memberOf = idx.groupsOf(p.id()).stream().map(Views::providerLink).toList();
        List<Map<String, Object>> directMemberOf = new ArrayList<>();
        for (Ref r : p.memberOf()) {
            idx.provider(r.id()).ifPresent(g -> directMemberOf.add(Views.providerLink(g)));
        }
        Set<String> direct = p.memberOf().stream().map(Ref::id).collect(Collectors.toSet());
        List<Map<String, Object>> indirectMemberOf = idx.groupsOf(p.id()).stream()
                .filter(g -> !direct.contains(g.id())).map(Views::providerLink).toList();
        List<Map<String, Object>> members = p.isGroup()
                ? idx.membersOf(p.id()).stream().map(m -> row(idx, m)).toList() : List.of();
        String summary = TextOf.markdown(p.summary() == null ? "" : p.summary().source());
        return Views.map(
                "title", p.name(),
                "description", TextOf.shorten("What the commissioning intentions mean for " + p.name() + ": "
                        + impacts.size() + " intention" + (impacts.size() == 1 ? "" : "s")
                        + " affect" + (impacts.size() == 1 ? "s" : "") + " it. " + summary, 300),
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home(), "Providers", SitePaths.providers()),
                "kind", p.kind().label(),
                "isGroup", p.isGroup(),
                "summary", ctx.markdown().toMarkup(p.summary()),
                "count", impacts.size(),
                "directCount", directCount,
                "plans", plans,
                "memberOf", memberOf,
                "directMemberOf", directMemberOf,
                "indirectMemberOf", indirectMemberOf,
                "members", members,
                "changes", changesFor(ctx, selfAndGroups));
    }

    /** What changed since each plan's latest round in intentions that name this provider or its groups. */
    private static List<Map<String, Object>> changesFor(RenderContext ctx, Set<String> selfAndGroups) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            ctx.index().changes(pi.plan().id()).flatMap(PlanChanges::sinceLatestRound).ifPresent(c -> {
                Map<String, Object> view = ChangePages.changeSet(ctx, pi, c.concerning(selfAndGroups));
                view.put("planTitle", pi.plan().title());
                out.add(view);
            });
        }
        return out;
    }

    /** One intention as it affects this provider: how (directly or through which group) and what it asks. */
    private static Map<String, Object> impact(RenderContext ctx, PlanIndex pi, ProviderImpact x,
            Set<String> selfAndGroups, Map<String, Map<String, Object>> partViews) {
        Map<String, Object> v = Views.intentionLink(pi.plan(), x.intention());
        v.put("direct", x.direct());
        if (!x.direct()) {
            v.put("via", Views.providerLink(x.via()));
        }
        List<IntentionPart> parts = x.intention().parts();
        List<Map<String, Object>> relevant = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            IntentionPart part = parts.get(k);
            boolean concerns = part.providers().stream().anyMatch(r -> selfAndGroups.contains(r.id()));
            if (concerns || parts.size() == 1) {
                relevant.add(partViews.computeIfAbsent(pi.plan().id() + "/" + x.intention().id() + "/" + k,
                        key -> Views.partText(ctx, part)));
            }
        }
        v.put("parts", relevant);
        v.put("partial", relevant.size() < parts.size());
        return v;
    }
}
