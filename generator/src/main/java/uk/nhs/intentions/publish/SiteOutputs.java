package uk.nhs.intentions.publish;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;

/** Every output step besides pages and assets, in one place. */
public final class SiteOutputs {
    private SiteOutputs() {
    }

    public static List<OutputStep> standard() {
        List<OutputStep> steps = new ArrayList<>();
        steps.add(new SitemapStep());
        steps.add(new SearchIndexStep());
        steps.add(new uk.nhs.intentions.chart.ChartOutputs());
        return steps;
    }

    public static void writeAll(RenderContext ctx, List<Page> pages, SiteWriter writer) {
        for (OutputStep step : standard()) {
            step.write(ctx, pages, writer);
        }
    }
}
