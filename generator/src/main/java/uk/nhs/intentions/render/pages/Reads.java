package uk.nhs.intentions.render.pages;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.support.Once;

/** The units of content a page declares it reads (see {@link Page}), for builders outside a single plan. */
final class Reads {
    private Reads() {
    }

    /** One intention's unit; the whole plan's when the index does not place it in a section. */
    static String intention(RenderContext ctx, Plan plan, Intention i) {
        return ctx.index().plan(plan.id()).map(pi -> pi.sectionOf(i))
                .map(s -> Page.intentionUnit(plan.id(), s.id(), i.id())).orElse(plan.id());
    }

    /**
     * Intentions' units made once per build and shared by every page that names them: a provider page of a
     * large site names thousands, and one string per intention (its hash computed once, compared by identity
     * when its key is looked up) keeps that cheap. Made for every intention of the site on first use, then only
     * read, so pages may ask from any thread (they ask when a build first needs what they read).
     */
    static final class Intentions {
        private final RenderContext ctx;
        private final Supplier<java.util.Map<Intention, String>> units;

        Intentions(RenderContext ctx) {
            this.ctx = ctx;
            this.units = Once.of(() -> {
                java.util.Map<Intention, String> all = new java.util.IdentityHashMap<>();
                for (Plan plan : ctx.index().site().plans()) {
                    for (var s : plan.sections()) {
                        for (Intention i : s.intentions()) {
                            all.putIfAbsent(i, intention(ctx, plan, i));
                        }
                    }
                }
                return all;
            });
        }

        String of(Plan plan, Intention i) {
            String unit = units.get().get(i);
            return unit != null ? unit : intention(ctx, plan, i);
        }
    }

    /**
     * Every plan's content outside its sections (meetings, budgets, rounds) and the downloads in its folder:
     * what a page gathering references from all plans may show beyond their outlines.
     */
    static Set<String> everyPlanOutsideSections(RenderContext ctx) {
        Set<String> units = new LinkedHashSet<>();
        for (Plan p : ctx.index().site().plans()) {
            units.add(Page.outsideSectionsUnit(p.id()));
            units.add(Page.downloadsUnit(p.id()));
        }
        return units;
    }
}
