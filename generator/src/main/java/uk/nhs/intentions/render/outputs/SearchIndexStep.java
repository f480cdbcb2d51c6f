package uk.nhs.intentions.render.outputs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.nhs.intentions.model.CommissioningGroup;
import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.IntentionPart;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.Meeting;
import uk.nhs.intentions.model.NarrativePage;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.Priority;
import uk.nhs.intentions.model.Provider;
import uk.nhs.intentions.model.Section;
import uk.nhs.intentions.render.Page;
import uk.nhs.intentions.render.RenderContext;
import uk.nhs.intentions.render.SitePaths;
import uk.nhs.intentions.render.TextOf;
import uk.nhs.intentions.render.Views;

/**
 * search-index.js: the {@link SearchDocuments} the search page indexes in the browser. It is a script that
 * assigns a global rather than a JSON file, because browsers refuse to fetch a local JSON file when the site
 * is opened from the file system.
 */
final class SearchIndexStep implements OutputStep {
    static final String GLOBAL = "intentionsSearchIndex";

    @Override
    public List<Output> outputs(Input in) {
        String js = "/* Search index written by the intentions generator; do not edit. */\n"
                + "window." + GLOBAL + " = " + Json.write(Views.map("documents", SearchDocuments.of(in.ctx()))) + ";\n";
        return List.of(Output.text(SitePaths.searchIndex(), js));
    }
}
