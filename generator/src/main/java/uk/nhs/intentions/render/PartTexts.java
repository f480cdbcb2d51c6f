package uk.nhs.intentions.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Plan;

/**
 * Each intention part's text as markup ({@link Views#partText}), rendered once per build for every page that
 * shows it: its intention's page, its section's page and the page of every provider it reaches. Rendering the
 * same Markdown on each was a twentieth of a large build. One per render context, so never across builds.
 */
public final class PartTexts {
    private final Map<String, SharedView> views = new ConcurrentHashMap<>();

    /** The view of part {@code k} of the intention, made on first use. */
    SharedView of(RenderContext ctx, Plan plan, Intention intention, int k) {
        String key = plan.id() + "/" + intention.id() + "/" + k;
        SharedView known = views.get(key); // most are known: a look-up takes no lock
        if (known != null) {
            return known;
        }
        IntentionPart part = intention.parts().get(k);
        return views.computeIfAbsent(key, x -> SharedView.of(Views.partText(ctx, part)));
    }
}
