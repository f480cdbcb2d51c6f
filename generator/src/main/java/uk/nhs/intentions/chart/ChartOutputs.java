package uk.nhs.intentions.chart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.model.BudgetTable;
import uk.nhs.intentions.model.ChartSpec;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.publish.OutputStep;
import uk.nhs.intentions.publish.SiteWriter;

/**
 * Writes every declared chart to {@code plans/<plan>/charts/<id>.svg}. A chart whose data, spec and renderer
 * version hash to the same key as the file of the previous build is copied from it instead of re-rendered.
 */
public final class ChartOutputs implements OutputStep {
    private int rendered;
    private int reused;

    /** Where a chart's SVG lives in the site. */
    public static String path(String planId, String chartId) {
        return "plans/" + planId + "/charts/" + chartId + ".svg";
    }

    /** Every chart of the site with its data, in content order. */
    public static List<ChartData> all(RenderContext ctx) {
        List<ChartData> out = new ArrayList<>();
        for (Plan plan : ctx.index().site().plans()) {
            for (BudgetTable t : plan.budgets()) {
                for (ChartSpec spec : t.charts()) {
                    ChartData.of(plan, t, spec).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    @Override
    public void write(RenderContext ctx, List<Page> pages, SiteWriter writer) {
        for (ChartData d : all(ctx)) {
            String path = path(d.planId(), d.id());
            String key = ChartRenderer.key(d);
            Optional<byte[]> old = writer.previous(path).filter(b -> ChartRenderer.hasKey(b, key));
            if (old.isPresent()) {
                writer.write(path, old.get());
                reused++;
            } else {
                writer.write(path, ChartRenderer.svg(d).getBytes(StandardCharsets.UTF_8));
                rendered++;
            }
        }
    }

    public int rendered() {
        return rendered;
    }

    public int reused() {
        return reused;
    }
}
