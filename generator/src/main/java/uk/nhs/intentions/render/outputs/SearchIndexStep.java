package uk.nhs.intentions.render.outputs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.SitePaths;

/**
 * search-index.js: the {@link SearchDocuments} the search page indexes in the browser. It is a script that
 * assigns a global rather than a JSON file, because browsers refuse to fetch a local JSON file when the site
 * is opened from the file system.
 */
final class SearchIndexStep implements PlanPartsStep {
    static final String GLOBAL = "intentionsSearchIndex";

    /** The plan's documents as JSON array elements (no brackets), "" when it has none. */
    @Override
    public String planPart(Input in, Plan plan) {
        return elements(SearchDocuments.ofPlan(in.ctx(), plan));
    }

    @Override
    public List<Output> assemble(Input in, List<String> planParts) {
        // byte for byte what Json.write gives for {"documents": [every document]}
        String others = elements(SearchDocuments.others(in.ctx()));
        String documents = Stream.concat(planParts.stream(), Stream.of(others)).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(","));
        String js = "/* Search index written by the intentions generator; do not edit. */\n"
                + "window." + GLOBAL + " = {\"documents\":[" + documents + "]};\n";
        return List.of(Output.text(SitePaths.searchIndex(), js));
    }

    private static String elements(List<Map<String, Object>> docs) {
        String array = Json.write(docs);
        return array.substring(1, array.length() - 1);
    }
}
