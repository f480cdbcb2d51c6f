package uk.nhs.intentions.render.data;

import java.util.List;
import java.util.Optional;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.outputs.OutputStep;

/** The open-data steps, in the order their files are written. */
public final class DataOutputs {
    private DataOutputs() {
    }

    public static List<OutputStep> standard() {
        return List.of(new DataPackageStep(), new PlanJsonStep(), new OcdsStep(), new FeedStep());
    }

    /** Why the plan has no OCDS release package, or empty when it has one. */
    public static Optional<String> whyNoOcds(RenderContext ctx, Plan plan) {
        return OcdsStep.missing(ctx, plan);
    }

    /** Why the plan has no Atom feed, or empty when it has one. */
    public static Optional<String> whyNoFeed(RenderContext ctx, Plan plan) {
        return FeedStep.missing(ctx, plan);
    }
}
