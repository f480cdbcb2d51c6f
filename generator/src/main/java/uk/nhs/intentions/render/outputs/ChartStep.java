package uk.nhs.intentions.render.outputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.chart.ChartData;
import uk.nhs.intentions.chart.ChartRenderer;
import uk.nhs.intentions.render.SitePaths;

/**
 * Every declared chart as {@code plans/<plan>/charts/<id>.svg}. A chart whose data, spec and renderer
 * version hash to the same key as the file of the previous build is taken from it instead of re-rendered.
 */
final class ChartStep implements OutputStep {

    @Override
    public List<Output> outputs(Input in) {
        List<Output> out = new ArrayList<>();
        for (ChartData d : ChartData.all(in.ctx().index().site())) {
            String path = SitePaths.chart(d.planId(), d.id());
            String key = ChartRenderer.key(d);
            Optional<byte[]> old = in.previous().file(path).filter(b -> ChartRenderer.hasKey(b, key));
            out.add(old.map(b -> new Output(path, b)).orElseGet(() -> Output.text(path, ChartRenderer.svg(d))));
        }
        return out;
    }
}
