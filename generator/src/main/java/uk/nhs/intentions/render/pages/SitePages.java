package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.PageBuilder;
import uk.nhs.intentions.render.RenderContext;


/** The page builders that make up a site, in one place. */
public final class SitePages {
    private SitePages() {
    }

    public static List<PageBuilder> standard() {
        List<PageBuilder> builders = new ArrayList<>();
        builders.add(new HomePage());
        builders.add(new PlanPage());
        builders.add(new SectionPages());
        builders.add(new IntentionPages());
        builders.add(new StatusPages());
        builders.add(new ChangePages());
        builders.add(new ResponsePages());
        builders.add(new RespondPages());
        builders.add(new NarrativePages());
        builders.add(new MeetingPages());
        builders.add(new CommissionerPages());
        builders.add(new ProviderPages());
        builders.add(new PriorityPages());
        builders.add(new ComparisonPages());
        builders.add(new GroupPages());
        builders.add(new SearchPage());
        builders.add(new NotFoundPage());
        builders.add(new AccessibilityPage());
        builders.add(new GlossaryPage());
        builders.add(new BudgetPages());
        builders.add(new GlancePages());
        builders.add(new DataPages());
        return builders;
    }

    /**
     * Builders whose every page lies under {@code plans/<id>/} and reads in full only that plan (and of the
     * others only their outline: titles, numbers, references). Incremental builds rely on it to leave a plan's
     * pages alone when another plan's text is edited; {@code PageScopesTest} holds them to it.
     */
    private static final Set<Class<? extends PageBuilder>> ONE_PLAN = Set.of(PlanPage.class, SectionPages.class,
            IntentionPages.class, StatusPages.class, ChangePages.class, ResponsePages.class, RespondPages.class,
            NarrativePages.class, MeetingPages.class, BudgetPages.class, GlancePages.class, DataPages.class);

    /** Every page of the site, in a stable order. */
    public static List<Page> collect(RenderContext ctx, List<PageBuilder> builders) {
        List<Page> pages = new ArrayList<>();
        Set<String> planIds = new HashSet<>();
        ctx.index().site().plans().forEach(p -> planIds.add(p.id()));
        // builders only read the index and the model: they run side by side, and their pages keep builder order
        List<List<Page>> built = builders.parallelStream().map(b -> {
            boolean onePlan = ONE_PLAN.contains(b.getClass());
            return b.build(ctx).stream().map(p -> onePlan ? ownPlan(p, planIds) : p).toList();
        }).toList();
        built.forEach(pages::addAll);
        return pages;
    }

    /**
     * The page read as its plan's only, when its path names a plan of the site; else as it was. A page that
     * said what it reads (one section, say) keeps that, if it is within its own plan.
     */
    private static Page ownPlan(Page page, Set<String> planIds) {
        String[] parts = page.path().split("/", 3);
        if (parts.length != 3 || !parts[0].equals("plans") || !planIds.contains(parts[1])) {
            return page;
        }
        String plan = parts[1];
        boolean declaredWithin = page.plansRead().map(r -> !r.isEmpty()
                && r.stream().allMatch(x -> x.equals(plan) || x.startsWith(plan + "/"))).orElse(false);
        return declaredWithin ? page : page.readingOnly(Set.of(plan));
    }
}
