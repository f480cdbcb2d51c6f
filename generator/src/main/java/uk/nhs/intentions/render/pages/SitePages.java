package uk.nhs.intentions.render.pages;

import java.util.ArrayList;
import java.util.List;

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

    /** Every page of the site, in a stable order. */
    public static List<Page> collect(RenderContext ctx, List<PageBuilder> builders) {
        List<Page> pages = new ArrayList<>();
        for (PageBuilder b : builders) {
            pages.addAll(b.build(ctx));
        }
        return pages;
    }
}
