package uk.nhs.intentions.render.outputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every output step besides pages, in one place, in the order their files are written. */
public final class SiteOutputs {
    private SiteOutputs() {
    }

    /** The standard steps; {@code themesDir} is the site's themes folder (its assets are copied). */
    public static List<OutputStep> standard(Path themesDir) {
        List<OutputStep> steps = new ArrayList<>();
        steps.add(new AssetStep(themesDir));
        steps.add(new SitemapStep());
        steps.add(new SearchIndexStep());
        steps.add(new ChartStep());
        return steps;
    }
}
