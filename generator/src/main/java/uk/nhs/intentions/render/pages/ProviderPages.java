package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uk.nhs.intentions.index.Mentions;
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
import uk.nhs.intentions.render.PlanNames;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;
import uk.nhs.intentions.render.data.DataOutputs;

/**
 * The provider-impact index (all providers A–Z and by kind, with how many intentions affect each) and one
 * "What this plan means for you" page per provider or provider group.
 */
final class ProviderPages implements PageBuilder {

    @Override
    public List<Page> build(RenderContext ctx) {
        List<Page> pages = new ArrayList<>();
        pages.add(index(ctx));
        // A provider group such as "all providers" puts most intentions on most provider pages: each intention
        // part is rendered once for all of them (RenderContext.partText), and each page's model built only when
        // the page is rendered.
        // what a page reads and what its model shares are worked out when first asked for: a serve rebuild that
        // leaves every provider's page for its catch-up asks for neither
        Supplier<Map<String, List<Map<String, Object>>>> namingNone = uk.nhs.intentions.support.Once.of(() -> namingNoProvider(ctx));
        Reads.Intentions units = new Reads.Intentions(ctx);
        for (Provider p : ctx.index().providers().providersByName()) {
            pages.add(Page.lazy(SitePaths.provider(p.id()), "provider.ftlh",
                    () -> providerModel(ctx, p, namingNone.get())).gathering(() -> plansRead(ctx, p, units)));
        }
        return pages;
    }

    /**
     * What of the plans the provider's page shows in full: the text of each intention that reaches it, the
     * downloads it links with their sizes (its feed, and its pack and the intention–provider table of each plan
     * that reaches it: see {@code DataOutputs.providerDownloads}), and the whole of each plan with a consultation
     * round (what changed since the round compares the text). Of anything else it shows only the outline
     * (intentions that name no provider, as links).
     */
    private static Set<String> plansRead(RenderContext ctx, Provider p, Reads.Intentions intentions) {
        Set<String> units = new java.util.LinkedHashSet<>();
        DataOutputs.providerDownloadPaths(ctx, p).forEach(path -> units.add(Page.downloadUnit(path)));
        for (ProviderImpact x : ctx.index().providers().impacts(p.id())) {
            units.add(intentions.of(x.plan(), x.intention()));
        }
        for (PlanIndex pi : ctx.index().plans()) {
            if (ctx.index().changes(pi.plan().id()).flatMap(PlanChanges::sinceLatestRound).isPresent()) {
                units.add(pi.plan().id());
            }
        }
        return units;
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
                "title", PlanNames.many(ctx.index().site()) ? "What these plans mean for your organisation"
                        : "What this plan means for your organisation",
                "description", "Every provider named in the commissioning intentions, A to Z and by kind, with "
                        + "the number of intentions that affect each, directly or through a provider group.",
                "breadcrumbs", Views.breadcrumbs("Home", SitePaths.home()),
                "letters", letters,
                "kinds", kinds,
                "total", all.size()));
    }

    /**
     * Per plan, the intentions that name no provider at all (the source's providers cell is empty): listed on
     * every provider page under their own heading, so no reader misses them. Computed once for all pages.
     */
    private static Map<String, List<Map<String, Object>>> namingNoProvider(RenderContext ctx) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (PlanIndex pi : ctx.index().plans()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Section s : sectionsInOrder(pi.plan())) {
                for (var i : s.intentions()) {
                    if (i.parts().stream().allMatch(part -> part.providers().isEmpty())) {
                        Map<String, Object> v = Views.intentionLink(pi.plan(), i);
                        String printed = i.parts().stream().map(IntentionPart::providersAsPrinted)
                                .filter(x -> x != null && !x.isBlank()).collect(Collectors.joining("; "));
                        v.put("asPrinted", printed);
                        v.put("section", s.number() + ". " + s.title());
                        list.add(v);
                    }
                }
            }
            out.put(pi.plan().id(), List.copyOf(list));
        }
        return out;
    }

    private static List<Section> sectionsInOrder(Plan plan) {
        return plan.sections().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    }

    /** The fragment id of an intention on a provider page: from the plan's and the intention's ids, never positions. */
    static String fragment(Plan plan, String intentionId) {
        return "intention-" + plan.id() + "-" + intentionId;
    }

    /** Per plan, the intentions that name no provider, computed once (the provider packs share it). */
    static Map<String, List<Map<String, Object>>> namingNoProviderOnce(RenderContext ctx) {
        return namingNoProvider(ctx);
    }

    /** The provider page's model with only {@code plan}'s part: what one plan means for the provider. */
    static Map<String, Object> forPlan(RenderContext ctx, Provider p, Plan plan,
            Map<String, List<Map<String, Object>>> namingNone) {
        Map<String, Object> m = new LinkedHashMap<>(providerModel(ctx, p, namingNone));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> plans = (List<Map<String, Object>>) m.get("plans");
        m.put("plans", plans.stream().filter(v -> plan.id().equals(v.get("id"))).toList());
        return m;
    }

    private static Map<String, Object> providerModel(RenderContext ctx, Provider p,
            Map<String, List<Map<String, Object>>> namingNone) {
        ProviderIndex idx = ctx.index().providers();
        List<ProviderImpact> impacts = idx.impacts(p.id());
        Set<String> selfAndGroups = idx.selfAndGroups(p.id());

        // per plan: a summary, then the direct asks by section, then the asks through each group
        List<Map<String, Object>> plans = new ArrayList<>();
        for (PlanIndex pi : ctx.index().plans()) {
            Plan plan = pi.plan();
            List<ProviderImpact> mine = impacts.stream()
                    .filter(x -> x.plan() == plan || x.plan().id().equals(plan.id())).toList();
            List<ProviderImpact> directImpacts = mine.stream().filter(ProviderImpact::direct).toList();
            // through each group, in the order of the provider's groups
            Map<String, List<ProviderImpact>> viaGroup = new LinkedHashMap<>();
            for (Provider g : idx.groupsOf(p.id())) {
                viaGroup.put(g.id(), new ArrayList<>());
            }
            for (ProviderImpact x : mine) {
                if (!x.direct()) {
                    viaGroup.computeIfAbsent(x.via().id(), k -> new ArrayList<>()).add(x);
                }
            }
            List<Map<String, Object>> via = new ArrayList<>();
            viaGroup.forEach((groupId, list) -> {
                if (!list.isEmpty()) {
                    Provider g = list.get(0).via();
                    Map<String, Object> v = Views.providerLink(g);
                    v.put("count", list.size());
                    v.put("anchor", "via-" + plan.id() + "-" + g.id());
                    v.put("sections", bySection(ctx, pi, list, selfAndGroups));
                    via.add(v);
                }
            });
            Map<String, Object> changed = changesFor(ctx, pi, selfAndGroups);
            List<Map<String, Object>> none = namingNone.getOrDefault(plan.id(), List.of());
            if (mine.isEmpty() && changed == null && none.isEmpty()) {
                continue;
            }
            Map<String, Object> view = Views.map("id", plan.id(), "title", plan.title(), "period", plan.period(),
                    "label", PlanNames.label(plan),
                    "href", SitePaths.plan(plan.id()),
                    "count", mine.size(),
                    "directCount", directImpacts.size(),
                    "direct", bySection(ctx, pi, directImpacts, selfAndGroups),
                    "via", via,
                    "namingNone", none,
                    "respondHref", plan.consultationRounds().isEmpty() ? null : SitePaths.respond(plan.id()));
            if (changed != null) {
                view.put("changes", changed);
            }
            plans.add(view);
        }
        long directCount = impacts.stream().filter(ProviderImpact::direct).count();
        List<Map<String, Object>> memberOf = idx.groupsOf(p.id()).stream().map(Views::providerLink).toList();
        List<Map<String, Object>> directMemberOf = new ArrayList<>();
        for (Ref r : p.memberOf()) {
            idx.provider(r.id()).ifPresent(g -> directMemberOf.add(scoped(ctx, g)));
        }
        Set<String> direct = p.memberOf().stream().map(Ref::id).collect(Collectors.toSet());
        List<Map<String, Object>> indirectMemberOf = idx.groupsOf(p.id()).stream()
                .filter(g -> !direct.contains(g.id())).map(g -> scoped(ctx, g)).toList();
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
                "scope", scope(ctx, p),
                "aliases", p.aliases(),
                "isGroup", p.isGroup(),
                "downloads", DataOutputs.providerDownloads(ctx, p),
                "feeds", DataOutputs.providerFeed(ctx, p).stream().toList(),
                "summary", ctx.markdown().toMarkup(p.summary()),
                "count", impacts.size(),
                "directCount", directCount,
                "plans", plans,
                "memberOf", memberOf,
                "directMemberOf", directMemberOf,
                "indirectMemberOf", indirectMemberOf,
                "members", members,
                "mentioned", mentioned(ctx, p));
    }

    /** Meetings and narrative pages that link to the provider ({@code provider:} links), naming their plan. */
    private static List<Map<String, Object>> mentioned(RenderContext ctx, Provider p) {
        boolean many = PlanNames.many(ctx.index().site());
        return ctx.index().mentions().of(p.id()).stream().map(m -> Views.map(
                "href", m.kind() == Mentions.Kind.MEETING ? SitePaths.meeting(m.planId(), m.id())
                        : SitePaths.narrative(m.planId(), m.id()),
                "label", m.title(),
                "kind", m.kind() == Mentions.Kind.MEETING ? "Meeting" : "Narrative",
                "plan", many ? ctx.index().plan(m.planId()).map(pi -> PlanNames.label(pi.plan())).orElse("")
                        : "")).toList();
    }

    /**
     * Whose group it is, when the site has several plans and commissioners: two commissioners' "All acute
     * providers" must be told apart. "" otherwise (a one-plan site looks as it always did).
     */
    private static String scope(RenderContext ctx, Provider p) {
        var site = ctx.index().site();
        if (site.commissioners().size() < 2 || !PlanNames.many(site)) {
            return "";
        }
        return p.commissioner().flatMap(r -> site.commissioner(r.id())).map(c -> c.name()).orElse("");
    }

    private static Map<String, Object> scoped(RenderContext ctx, Provider g) {
        Map<String, Object> v = Views.providerLink(g);
        String scope = scope(ctx, g);
        if (!scope.isEmpty()) {
            v.put("scope", scope);
        }
        return v;
    }

    /** What changed since the plan's latest round in intentions that name this provider or its groups, or null. */
    private static Map<String, Object> changesFor(RenderContext ctx, PlanIndex pi, Set<String> selfAndGroups) {
        return ctx.index().changes(pi.plan().id()).flatMap(PlanChanges::sinceLatestRound).map(c -> {
            var mine = c.concerning(selfAndGroups);
            Map<String, Object> view = ChangePages.changeSet(ctx, pi, mine);
            view.put("planTitle", pi.plan().title());
            view.put("count", mine.added().size() + mine.removed().size() + mine.changed().size());
            return view;
        }).orElse(null);
    }

    /** Impacts grouped by section, in section number order and the plan's intention order. */
    private static List<Map<String, Object>> bySection(RenderContext ctx, PlanIndex pi, List<ProviderImpact> impacts,
            Set<String> selfAndGroups) {
        Map<String, List<Map<String, Object>>> bySection = new LinkedHashMap<>();
        Map<String, Section> sectionsById = new LinkedHashMap<>();
        for (Section s : sectionsInOrder(pi.plan())) {
            bySection.put(s.id(), new ArrayList<>());
            sectionsById.put(s.id(), s);
        }
        for (ProviderImpact x : impacts) {
            Section s = pi.sectionOf(x.intention());
            bySection.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(impact(ctx, pi, x, selfAndGroups));
            sectionsById.putIfAbsent(s.id(), s);
        }
        List<Map<String, Object>> sections = new ArrayList<>();
        bySection.forEach((sectionId, list) -> {
            Section s = sectionsById.get(sectionId);
            if (!list.isEmpty()) {
                sections.add(Views.map("title", s.number() + ". " + s.title(),
                        "href", SitePaths.section(pi.plan().id(), s.id()), "intentions", list));
            }
        });
        return sections;
    }

    /** One intention as it affects this provider: how (directly or through which group) and what it asks. */
    private static Map<String, Object> impact(RenderContext ctx, PlanIndex pi, ProviderImpact x,
            Set<String> selfAndGroups) {
        Map<String, Object> v = Views.intentionLink(pi.plan(), x.intention());
        v.put("anchor", fragment(pi.plan(), x.intention().id()));
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
                relevant.add(ctx.partText(pi.plan(), x.intention(), k));
            }
        }
        v.put("parts", relevant);
        v.put("partial", relevant.size() < parts.size());
        v.putAll(Views.shape(pi.plan(), x.intention()));
        return v;
    }
}
