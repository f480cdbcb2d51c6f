package uk.nhs.intentions.render;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.intentions.render.pages.ChangePages;
import uk.nhs.intentions.render.pages.BudgetPages;
import uk.nhs.intentions.render.pages.HomePage;
import uk.nhs.intentions.render.pages.GroupPages;
import uk.nhs.intentions.render.pages.IntentionPages;
import uk.nhs.intentions.render.pages.MeetingPages;
import uk.nhs.intentions.render.pages.NarrativePages;
import uk.nhs.intentions.render.pages.NotFoundPage;
import uk.nhs.intentions.render.pages.PlanPage;
import uk.nhs.intentions.render.pages.ResponsePages;
import uk.nhs.intentions.render.pages.PriorityPages;
import uk.nhs.intentions.render.pages.ProviderPages;
import uk.nhs.intentions.render.pages.SearchPage;
import uk.nhs.intentions.render.pages.SectionPages;
import uk.nhs.intentions.render.pages.StatusPages;

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
        builders.add(new NarrativePages());
        builders.add(new MeetingPages());
        builders.add(new ProviderPages());
        builders.add(new PriorityPages());
        builders.add(new GroupPages());
        builders.add(new SearchPage());
        builders.add(new NotFoundPage());
        builders.add(new BudgetPages());
        return builders;
    }

    /** Every page of the site, in a stable order. */
    public static List<Page> plan(RenderContext ctx, List<PageBuilder> builders) {
        List<Page> pages = new ArrayList<>();
        for (PageBuilder b : builders) {
            pages.addAll(b.build(ctx));
        }
        return pages;
    }
}
