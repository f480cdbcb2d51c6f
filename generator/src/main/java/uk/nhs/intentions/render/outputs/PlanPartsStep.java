package uk.nhs.intentions.render.outputs;

import java.util.List;

import uk.nhs.intentions.model.Plan;

/**
 * An output step whose file is assembled from one part per plan (made from that plan's content, the rest of
 * the site outside the plans and the other plans' outlines, never another plan's text) and what the rest of
 * the site adds. An incremental build then makes again only the parts of plans whose inputs changed
 * ({@code pipeline.PageScopes} keys them) and assembles the file from kept and new parts.
 */
public interface PlanPartsStep extends OutputStep {

    /** One plan's part, as UTF-8 bytes (a large site's parts are held as compactly as the file they make). */
    byte[] planPart(Input in, Plan plan);

    /** The step's files, from every plan's part in plan order. */
    List<Output> assemble(Input in, List<byte[]> planParts);

    @Override
    default List<Output> outputs(Input in) {
        return assemble(in, in.ctx().index().site().plans().parallelStream().map(p -> planPart(in, p)).toList());
    }
}
