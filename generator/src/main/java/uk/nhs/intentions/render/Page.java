package uk.nhs.intentions.render;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

/**
 * One page to write: its path inside the site (forward slashes, always ending in .html or another file
 * extension), the template that renders it, its purpose-built model, and which plans its model reads in full.
 * <p>
 * The model may be built lazily ({@link #lazy}): the page list of a large site then holds only paths, and
 * each model (with its rendered Markdown) is made inside the parallel render loop and dropped once the page
 * is written, so memory stays bounded and Markdown rendering runs on every core.
 * <p>
 * {@code plansRead}: empty (the default) when the model may read anything; otherwise what of the plans it
 * reads in full (text included), as units:
 * <ul>
 * <li>a plan id: the whole plan, the downloads in its folder and those outside any plan's;
 * <li>{@code "<plan id>/<section id>"}: one section and the plan's content outside its sections;
 * <li>{@code "<plan id>/<section id>/<intention id>"}: one intention, its section's content outside its
 * intentions, and the plan's content outside its sections;
 * <li>{@code "<plan id>/"}: the plan's content outside its sections;
 * <li>{@code "@<plan id>"}: the downloads in the plan's folder, and their sizes; {@code "@"}: the downloads
 * outside any plan's folder; {@code "@=<path>"}: the one download at that path of the site, and its size.
 * </ul>
 * Such a page may still read the rest of the site and every plan's outline (ids, numbers, titles,
 * references, links between plans; everything but Markdown text and source positions). An incremental build
 * uses this to leave the page alone, without building its model, when nothing it reads changed (see
 * {@code pipeline.PageScopes}).
 */
public record Page(String path, String template, Supplier<Map<String, Object>> modelSource,
        Optional<Set<String>> plansRead) {

    public Page {
        // kept in the order given (builders give the same order for the same content): a page's key is made
        // over its units in that order, so it must not depend on a hash set's iteration order (one unit has one
        // order: most pages read one intention or section, and a linked hash set of one took 200 bytes a page)
        plansRead = plansRead.map(r -> r instanceof Gathered ? r
                : r.size() <= 1 ? Set.copyOf(r) : Collections.unmodifiableSet(new LinkedHashSet<>(r)));
    }

    public Page(String path, String template, Supplier<Map<String, Object>> modelSource) {
        this(path, template, modelSource, Optional.empty());
    }

    public Page(String path, String template, Map<String, Object> model) {
        this(path, template, constant(Map.copyOf(model)));
    }

    /** A page whose model is built when it is rendered (each call to {@link #model()} builds it again). */
    public static Page lazy(String path, String template, Supplier<Map<String, Object>> model) {
        return new Page(path, template, model);
    }

    /** This page, declared to read in full only {@code plansRead} (plan ids or plan/section ids; see above). */
    public Page readingOnly(Collection<String> plansRead) {
        return new Page(path, template, modelSource, Optional.of(plansRead instanceof Set<String> set ? set
                : new LinkedHashSet<>(plansRead)));
    }

    /**
     * This page, declared to gather from across the site (a provider's page, a comparison) what {@code units}
     * gives, worked out only when asked for: a provider's page of a large site names thousands of intentions,
     * and a build that leaves the page alone for later never asks (see {@link #gathers()}).
     */
    public Page gathering(Supplier<? extends Collection<String>> units) {
        return new Page(path, template, modelSource, Optional.of(new Gathered(units)));
    }

    /** Whether the page was declared as gathering from across the site ({@link #gathering}). */
    public boolean gathers() {
        return plansRead.isPresent() && plansRead.get() instanceof Gathered;
    }

    /** Units worked out once, on first use, from any thread; in the order the supplier gives them. */
    private static final class Gathered extends java.util.AbstractSet<String> {
        private final uk.nhs.intentions.support.Once<Set<String>> units;

        Gathered(Supplier<? extends Collection<String>> source) {
            this.units = uk.nhs.intentions.support.Once.of(
                    () -> Collections.unmodifiableSet(new LinkedHashSet<>(source.get())));
        }

        private Set<String> units() {
            return units.get();
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return units().iterator();
        }

        @Override
        public int size() {
            return units().size();
        }

        @Override
        public boolean contains(Object o) {
            return units().contains(o);
        }
    }

    /** This page, declared to read of the plans only one section's text and its plan's text outside sections. */
    public Page readingSection(String planId, String sectionId) {
        return readingOnly(Set.of(planId + "/" + sectionId));
    }

    /** This page, declared to read of the plans only one intention's text, and its section's and plan's outside. */
    public Page readingIntention(String planId, String sectionId, String intentionId) {
        return readingOnly(Set.of(intentionUnit(planId, sectionId, intentionId)));
    }

    /** The unit naming one intention (see above). */
    public static String intentionUnit(String planId, String sectionId, String intentionId) {
        return planId + "/" + sectionId + "/" + intentionId;
    }

    /** The unit naming one download (a file the page links with its size), by its path in the site. */
    public static String downloadUnit(String sitePath) {
        return "@=" + sitePath;
    }

    /** The unit naming a plan's content outside its sections (meetings, budgets, rounds). */
    public static String outsideSectionsUnit(String planId) {
        return planId + "/";
    }

    /** The unit naming the downloads in a plan's folder, or with an empty id those outside any plan's. */
    public static String downloadsUnit(String planId) {
        return "@" + planId;
    }

    /** The page's model, as an unmodifiable map. */
    public Map<String, Object> model() {
        return Map.copyOf(modelSource.get());
    }

    private static Supplier<Map<String, Object>> constant(Map<String, Object> model) {
        return () -> model;
    }
}
