package uk.nhs.intentions.render.outputs;

import java.util.ArrayList;
import java.util.List;

import uk.nhs.intentions.model.Plan;

/**
 * An output step whose files are made plan by plan, each from that plan's content, the rest of the site
 * outside the plans and the other plans' outlines (never another plan's text), plus files shared by all
 * plans. An incremental build then makes again only the files of plans whose inputs changed and keeps the
 * others' files as they were ({@code pipeline.PageScopes} keys them).
 */
public interface PlanOutputStep extends OutputStep {

    /** The files made from one plan, in a stable order. */
    List<Output> forPlan(Input in, Plan plan);

    /** Files not made from one plan (a schema, say), in a stable order. */
    default List<Output> shared(Input in) {
        return List.of();
    }

    /** The shared files, then every plan's (plans in parallel; the result keeps plan order). */
    @Override
    default List<Output> outputs(Input in) {
        List<Output> out = new ArrayList<>(shared(in));
        out.addAll(in.ctx().index().site().plans().parallelStream().map(p -> forPlan(in, p))
                .flatMap(List::stream).toList());
        return out;
    }
}
