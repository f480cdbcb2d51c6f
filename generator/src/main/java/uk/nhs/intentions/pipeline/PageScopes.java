package uk.nhs.intentions.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.render.Downloads;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.support.FastHash;

/**
 * The dependency record of an incremental build, from content to outputs. Each plan gets a key over what
 * its files can depend on: the site outside the plans (settings, providers, priorities, groups,
 * commissioners, glossary), every plan's outline, the templates, and the plan's own whole content. A page
 * that declares what it reads in full ({@link Page#plansRead()}) gets a key over the same base and what it
 * names:
 * <ul>
 * <li>a plan: its whole content, and the downloads it may link with their sizes (those in the plan's folder
 * and those outside any plan's);
 * <li>a plan outside its sections ({@code plan/}): the plan's content outside its sections;
 * <li>a section ({@code plan/section}): the plan's content outside its sections and that section's;
 * <li>an intention ({@code plan/section/intention}): the plan's content outside its sections, the section's
 * outside its intentions, and that intention's;
 * <li>downloads ({@code @plan}, or {@code @} for those outside any plan's folder, or {@code @=path} for one),
 * with their sizes.
 * </ul>
 * A page that reads everything has no key and always goes through its model's fingerprint.
 *
 * <p>So an edit to one intention's wording leaves the pages and data files of every other plan, the section
 * pages of every other section and the pages of every other intention untouched, and of the provider pages
 * only those the intention reaches are built again;
 * an edit that changes any plan's outline (a title, a number, a provider named, a link) or anything outside
 * the plans changes every key, and every page is checked by its model's fingerprint as before.
 */
final class PageScopes {
    /** One plan's digests: whole content, content outside its sections, and each section's. */
    private record PlanKeys(FastHash content, FastHash outsideSections, Map<String, SectionKeys> sections) {
    }

    /** One section's digests: whole content, content outside its intentions, and each intention's content. */
    private record SectionKeys(FastHash content, FastHash outsideIntentions, Map<String, FastHash> intentions) {
    }

    private final Optional<FastHash> base;
    private final Map<String, PlanKeys> plans;
    private final Optional<SortedMap<String, Integer>> downloads;

    private PageScopes(Optional<FastHash> base, Map<String, PlanKeys> plans,
            Optional<SortedMap<String, Integer>> downloads) {
        this.base = base;
        this.plans = plans;
        this.downloads = downloads;
    }

    /** No key at all: every page is checked by its model's fingerprint and every file is made again. */
    static PageScopes none() {
        return new PageScopes(Optional.empty(), Map.of(), Optional.empty());
    }

    /** The content keys, before any download is written (pages have no key yet; see {@link #withDownloads}). */
    static PageScopes of(Site site, String templateSet, ContentDigest digest) {
        FastHash.Builder b = FastHash.builder().text(templateSet);
        Optional<FastHash> rest = digest.content(new Site(site.settings(), site.providers(), site.priorities(),
                site.groups(), List.of(), site.glossary(), site.commissioners()));
        if (rest.isEmpty()) {
            return none();
        }
        b.hash(rest.get());
        Map<String, PlanKeys> plans = new HashMap<>();
        for (Plan p : site.plans()) {
            Optional<FastHash> outline = digest.outline(p);
            Optional<FastHash> content = digest.content(p);
            Optional<FastHash> outside = digest.outsideSections(p);
            if (outline.isEmpty() || content.isEmpty() || outside.isEmpty() || plans.containsKey(p.id())) {
                return none();
            }
            Map<String, SectionKeys> sections = new HashMap<>();
            for (Section s : p.sections()) {
                Optional<SectionKeys> k = digest.derived(s, SectionKeys.class, x -> sectionKeys(x, digest));
                if (k.isEmpty() || sections.put(s.id(), k.get()) != null) {
                    return none(); // two sections with one id (check reports it): no shortcut
                }
            }
            b.text(p.id()).hash(outline.get());
            plans.put(p.id(), new PlanKeys(content.get(), outside.get(), Map.copyOf(sections)));
        }
        return new PageScopes(Optional.of(b.build()), Map.copyOf(plans), Optional.empty());
    }

    private static Optional<SectionKeys> sectionKeys(Section s, ContentDigest digest) {
        Optional<FastHash> content = digest.sectionContent(s);
        Optional<FastHash> outside = digest.sectionOutsideIntentions(s);
        if (content.isEmpty() || outside.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FastHash> intentions = new HashMap<>();
        for (var i : s.intentions()) {
            Optional<FastHash> h = digest.intentionContent(i);
            if (h.isEmpty() || intentions.put(i.id(), h.get()) != null) {
                return Optional.empty(); // two intentions with one id (check reports it)
            }
        }
        return Optional.of(new SectionKeys(content.get(), outside.get(), Map.copyOf(intentions)));
    }

    /**
     * Whether these keys differ from {@code before} in the content of sections alone: the same templates, site
     * outside the plans, plans, outlines (ids, numbers, titles, providers named, links) and content outside
     * sections. An edit to the wording of intentions or sections is such a change.
     */
    boolean onlySectionsChangedSince(PageScopes before) {
        if (base.isEmpty() || !base.equals(before.base) || !plans.keySet().equals(before.plans.keySet())) {
            return false;
        }
        for (Map.Entry<String, PlanKeys> e : plans.entrySet()) {
            PlanKeys was = before.plans.get(e.getKey());
            if (!e.getValue().outsideSections().equals(was.outsideSections())
                    || !e.getValue().sections().keySet().equals(was.sections().keySet())) {
                return false;
            }
        }
        return true;
    }

    /** These keys with the downloads written (path and size), so pages can be keyed. */
    PageScopes withDownloads(Downloads written) {
        return new PageScopes(base, plans, Optional.of(written.all()));
    }

    /** The key of the files made from one plan (its data files); empty when there is none. */
    Optional<FastHash> plan(String planId) {
        PlanKeys own = plans.get(planId);
        return base.isEmpty() || own == null ? Optional.empty()
                : Optional.of(FastHash.builder().hash(base.get()).text(planId).hash(own.content()).build());
    }

    /** The page's key, or empty when its model may read anything (or the content could not be digested). */
    Optional<FastHash> key(Page page) {
        if (base.isEmpty() || downloads.isEmpty() || page.plansRead().isEmpty()) {
            return Optional.empty();
        }
        return forPlans(page.plansRead().get()).map(k -> FastHash.builder().hash(k).text(page.template()).build());
    }

    private Optional<FastHash> forPlans(Set<String> units) {
        FastHash.Builder b = FastHash.builder().hash(base.get());
        // units in the page's order (see Page), each keyed once per build; a provider page of a large site names thousands of intentions, as strings shared by every page that
        // names them (see render.pages.Reads): looked up by identity first, in this thread's own table
        Map<String, Optional<FastHash>> seen = byThread.computeIfAbsent(Thread.currentThread(),
                t -> new java.util.IdentityHashMap<>());
        for (String unit : units) {
            Optional<FastHash> k = seen.get(unit);
            if (k == null) {
                k = unitKeys.get(unit);
                if (k == null) {
                    k = unitKeys.computeIfAbsent(unit, this::unit);
                }
                seen.put(unit, k);
            }
            if (k.isEmpty()) {
                return Optional.empty();
            }
            b.hash(k.get());
        }
        return Optional.of(b.build());
    }

    private final Map<String, Optional<FastHash>> unitKeys = new ConcurrentHashMap<>(4096);
    private final Map<Thread, Map<String, Optional<FastHash>>> byThread = new ConcurrentHashMap<>();

    /** One unit's key (see the class comment), or empty when it names nothing of this site. */
    private Optional<FastHash> unit(String unit) {
        FastHash.Builder b = FastHash.builder().text(unit);
        if (unit.startsWith("@=")) { // one download: its size, or that there is none
            Integer size = downloads.get().get(unit.substring(2));
            return Optional.of(b.count(size == null ? -1 : size).build());
        }
        if (unit.startsWith("@")) { // downloads: outside any plan's folder, or in one plan's
            return Optional.of(b.hash(unit.length() == 1 ? outsidePlans() : inFolder(unit.substring(1))).build());
        }
        String[] path = unit.split("/", 3);
        PlanKeys keys = plans.get(path[0]);
        if (keys == null) {
            return Optional.empty();
        }
        if (path.length == 1) { // a whole plan, with the downloads its pages may link
            return Optional.of(b.hash(keys.content()).hash(inFolder(unit)).hash(outsidePlans()).build());
        }
        if (path.length == 2 && path[1].isEmpty()) { // the plan outside its sections
            return Optional.of(b.hash(keys.outsideSections()).build());
        }
        SectionKeys section = keys.sections().get(path[1]);
        if (section == null) {
            return Optional.empty();
        }
        b.hash(keys.outsideSections());
        if (path.length == 2) {
            return Optional.of(b.hash(section.content()).build());
        }
        FastHash intention = section.intentions().get(path[2]);
        return intention == null ? Optional.empty()
                : Optional.of(b.hash(section.outsideIntentions()).hash(intention).build());
    }

    private final Map<String, FastHash> folders = new ConcurrentHashMap<>();
    private volatile FastHash outside;

    /** The downloads outside any plan's folder (providers' feeds, say), with their sizes; made once. */
    private FastHash outsidePlans() {
        FastHash h = outside;
        if (h == null) {
            FastHash.Builder b = FastHash.builder();
            downloads.get().forEach((path, size) -> {
                if (!path.startsWith("plans/")) {
                    b.text(path).count(size);
                }
            });
            h = b.build();
            outside = h;
        }
        return h;
    }

    /** The downloads in one plan's folder, with their sizes; made once per plan. */
    private FastHash inFolder(String planId) {
        return folders.computeIfAbsent(planId, id -> {
            FastHash.Builder b = FastHash.builder();
            String folder = "plans/" + id + "/";
            downloads.get().subMap(folder, folder + Character.MAX_VALUE).forEach((path, size) -> b.text(path)
                    .count(size));
            return b.build();
        });
    }
}
