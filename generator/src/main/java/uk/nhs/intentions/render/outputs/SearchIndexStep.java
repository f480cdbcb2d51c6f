package uk.nhs.intentions.render.outputs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.render.SitePaths;

/**
 * search-index.js: the {@link SearchDocuments} the search page indexes in the browser. It is a script that
 * assigns a global rather than a JSON file, because browsers refuse to fetch a local JSON file when the site
 * is opened from the file system.
 */
final class SearchIndexStep implements PlanPartsStep {
    static final String GLOBAL = "intentionsSearchIndex";

    /** The plan's documents as JSON array elements (no brackets), empty when it has none. */
    @Override
    public byte[] planPart(Input in, Plan plan) {
        return elements(SearchDocuments.ofPlan(in.ctx(), plan));
    }

    /** Byte for byte what Json.write gives for {"documents": [every document]}, made in one array. */
    @Override
    public List<Output> assemble(Input in, List<byte[]> planParts) {
        List<byte[]> parts = new ArrayList<>(planParts);
        parts.add(elements(SearchDocuments.others(in.ctx())));
        parts.removeIf(p -> p.length == 0);
        byte[] head = ("/* Search index written by the intentions generator; do not edit. */\n"
                + "window." + GLOBAL + " = {\"documents\":[").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "]};\n".getBytes(StandardCharsets.UTF_8);
        int size = head.length + tail.length + Math.max(0, parts.size() - 1);
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] js = new byte[size];
        int at = copy(head, js, 0);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                js[at++] = ',';
            }
            at = copy(parts.get(i), js, at);
        }
        copy(tail, js, at);
        return List.of(new Output(SitePaths.searchIndex(), js));
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }

    private static byte[] elements(List<Map<String, Object>> docs) {
        byte[] array = Json.utf8(docs);
        return java.util.Arrays.copyOfRange(array, 1, array.length - 1);
    }
}
