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
import uk.nhs.intentions.model.Site;
import uk.nhs.intentions.render.Downloads;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.support.FastHash;

/**
 * The dependency record of an incremental build, from content to outputs. Each plan gets a key over what
 * its files can depend on: the site outside the plans (settings, providers, priorities, groups,
 * commissioners, glossary), every plan's outline, the templates, and the plan's own whole content. A page
 * that declares the plans it reads in full ({@link Page#plansRead()}) gets a key over the same for those
 * plans, plus the downloads it may link with their sizes (those in its plans' folders and those outside any
 * plan's). A page that reads everything has no key and always goes through its model's fingerprint.
 *
 * <p>So an edit to one intention's wording leaves the pages and data files of every other plan untouched;
 * an edit that changes any plan's outline (a title, a number, a provider named, a link) or anything outside
 * the plans changes every key, and every page is checked by its model's fingerprint as before.
 */
final class PageScopes {
    private final Optional<FastHash> base;
    private final Map<String, FastHash> plans;
    private final Optional<SortedMap<String, Integer>> downloads;
    private final Map<Set<String>, Optional<FastHash>> keys = new ConcurrentHashMap<>();

    private PageScopes(Optional<FastHash> base, Map<String, FastHash> plans,
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
        Map<String, FastHash> plans = new HashMap<>();
        for (Plan p : site.plans()) {
            Optional<FastHash> outline = digest.outline(p);
            Optional<FastHash> content = digest.content(p);
            if (outline.isEmpty() || content.isEmpty() || plans.containsKey(p.id())) {
                return none();
            }
            b.text(p.id()).hash(outline.get());
            plans.put(p.id(), content.get());
        }
        return new PageScopes(Optional.of(b.build()), Map.copyOf(plans), Optional.empty());
    }

    /** These keys with the downloads written (path and size), so pages can be keyed. */
    PageScopes withDownloads(Downloads written) {
        return new PageScopes(base, plans, Optional.of(written.all()));
    }

    /** The key of the files made from one plan (its data files); empty when there is none. */
    Optional<FastHash> plan(String planId) {
        FastHash own = plans.get(planId);
        return base.isEmpty() || own == null ? Optional.empty()
                : Optional.of(FastHash.builder().hash(base.get()).text(planId).hash(own).build());
    }

    /** The page's key, or empty when its model may read anything (or the content could not be digested). */
    Optional<FastHash> key(Page page) {
        if (base.isEmpty() || downloads.isEmpty() || page.plansRead().isEmpty()) {
            return Optional.empty();
        }
        Optional<FastHash> forPlans = keys.computeIfAbsent(page.plansRead().get(), this::forPlans);
        return forPlans.map(k -> FastHash.builder().hash(k).text(page.template()).build());
    }

    private Optional<FastHash> forPlans(Set<String> ids) {
        SortedMap<String, Integer> files = downloads.get();
        FastHash.Builder b = FastHash.builder().hash(base.get());
        files.forEach((path, size) -> {
            if (!path.startsWith("plans/")) {
                b.text(path).count(size);
            }
        });
        for (String id : new TreeSet<>(ids)) {
            FastHash h = plans.get(id);
            if (h == null) {
                return Optional.empty();
            }
            b.text(id).hash(h);
            String folder = "plans/" + id + "/";
            files.subMap(folder, folder + Character.MAX_VALUE).forEach((path, size) -> b.text(path).count(size));
        }
        return Optional.of(b.build());
    }
}
