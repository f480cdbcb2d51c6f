package uk.nhs.intentions.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
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
 * that declares what it reads in full ({@link Page#plansRead()}) gets a key over the same for those plans,
 * plus the downloads it may link with their sizes (those in its plans' folders and those outside any
 * plan's); a page that reads one section gets the plan's content outside its sections and that section's,
 * and no downloads. A page that reads everything has no key and always goes through its model's
 * fingerprint.
 *
 * <p>So an edit to one intention's wording leaves the pages and data files of every other plan, and the
 * intention and section pages of every other section, untouched;
 * an edit that changes any plan's outline (a title, a number, a provider named, a link) or anything outside
 * the plans changes every key, and every page is checked by its model's fingerprint as before.
 */
final class PageScopes {
    /** One plan's digests: whole content, content outside its sections, and each section's content. */
    private record PlanKeys(FastHash content, FastHash outsideSections, Map<String, FastHash> sections) {
    }

    private final Optional<FastHash> base;
    private final Map<String, PlanKeys> plans;
    private final Optional<SortedMap<String, Integer>> downloads;
    private final Map<Set<String>, Optional<FastHash>> keys = new ConcurrentHashMap<>();

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
            Map<String, FastHash> sections = new HashMap<>();
            for (Section s : p.sections()) {
                Optional<FastHash> h = digest.sectionContent(s);
                if (h.isEmpty() || sections.put(s.id(), h.get()) != null) {
                    return none(); // two sections with one id (check reports it): no shortcut
                }
            }
            b.text(p.id()).hash(outline.get());
            plans.put(p.id(), new PlanKeys(content.get(), outside.get(), Map.copyOf(sections)));
        }
        return new PageScopes(Optional.of(b.build()), Map.copyOf(plans), Optional.empty());
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
        Optional<FastHash> forPlans = keys.computeIfAbsent(page.plansRead().get(), this::forPlans);
        return forPlans.map(k -> FastHash.builder().hash(k).text(page.template()).build());
    }

    private Optional<FastHash> forPlans(Set<String> units) {
        SortedMap<String, Integer> files = downloads.get();
        FastHash.Builder b = FastHash.builder().hash(base.get());
        boolean wholePlans = units.stream().anyMatch(u -> u.indexOf('/') < 0);
        if (wholePlans) { // downloads outside plans' folders (providers' feeds) are linked with whole plans' pages
            files.forEach((path, size) -> {
                if (!path.startsWith("plans/")) {
                    b.text(path).count(size);
                }
            });
        }
        for (String unit : new TreeSet<>(units)) {
            int slash = unit.indexOf('/');
            PlanKeys keys = plans.get(slash < 0 ? unit : unit.substring(0, slash));
            if (keys == null) {
                return Optional.empty();
            }
            b.text(unit);
            if (slash < 0) {
                b.hash(keys.content());
                String folder = "plans/" + unit + "/";
                files.subMap(folder, folder + Character.MAX_VALUE).forEach((path, size) -> b.text(path).count(size));
            } else {
                FastHash section = keys.sections().get(unit.substring(slash + 1));
                if (section == null) {
                    return Optional.empty();
                }
                b.hash(keys.outsideSections()).hash(section);
            }
        }
        return Optional.of(b.build());
    }
}
