package uk.nhs.intentions.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Markdown;
import uk.nhs.intentions.model.PartialDate;
import uk.nhs.intentions.model.Positions;
import uk.nhs.intentions.model.Ref;
import uk.nhs.intentions.model.SourcePos;

/**
 * A YAML mapping read field by field with exact positions. Every problem becomes a diagnostic; readers
 * return a usable default so loading can go on and report everything in one run.
 */
final class YMap {
    public static final int MAX_DEPTH = 40;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final String path;
    private final Diagnostics diags;
    private final SourcePos pos;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, SourcePos> keyPos = new LinkedHashMap<>();
    private final int depth;

    private YMap(MappingNode node, String path, Diagnostics diags, int depth) {
        this.path = path;
        this.diags = diags;
        this.pos = YNodes.pos(node, path);
        this.depth = depth;
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            SourcePos kp = YNodes.pos(k, path);
            if (!(k instanceof ScalarNode sk)) {
                diags.error(kp, "field names must be plain text");
                continue;
            }
            String key = sk.getValue();
            if (values.containsKey(key)) {
                diags.add(Diagnostic.error(kp, "duplicate field `" + Ids.printable(key) + "` (first given at line "
                        + keyPos.get(key).line() + ")").withHint("each field may appear only once"));
                continue;
            }
            values.put(key, t.getValueNode());
            keyPos.put(key, kp);
        }
    }

    /** Reads a node that must be a mapping; reports what was found instead. */
    public static Optional<YMap> of(Node node, String path, Diagnostics diags, String what) {
        return of(node, path, diags, what, 0);
    }

    static Optional<YMap> of(Node node, String path, Diagnostics diags, String what, int depth) {
        if (depth > MAX_DEPTH) {
            diags.error(YNodes.pos(node, path), what + " is nested more than " + MAX_DEPTH + " levels deep");
            return Optional.empty();
        }
        if (node instanceof MappingNode m) {
            return Optional.of(new YMap(m, path, diags, depth));
        }
        diags.error(YNodes.pos(node, path), what + " must be a mapping of `field: value` lines, found "
                + YNodes.describe(node));
        return Optional.empty();
    }

    public String path() {
        return path;
    }

    public SourcePos pos() {
        return pos;
    }

    public Diagnostics diagnostics() {
        return diags;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Position of a field's value, or of this mapping when absent. */
    public SourcePos pos(String key) {
        Node n = values.get(key);
        return n == null ? pos : YNodes.pos(n, path);
    }

    /** Reports any field not in {@code allowed}, suggesting the closest allowed name. */
    public YMap allow(String... allowed) {
        Set<String> ok = Set.of(allowed);
        for (var e : keyPos.entrySet()) {
            if (!ok.contains(e.getKey())) {
                java.util.Optional<String> suggestion = closest(e.getKey(), allowed);
                String message = "unknown field `" + Ids.printable(e.getKey()) + "`";
                message += suggestion.map(s -> "; did you mean `" + s + "`?").orElse("");
                diags.add(Diagnostic.error(e.getValue(), message)
                        .withHint("allowed fields here: " + String.join(", ", sortedCopy(allowed))));
            }
        }
        return this;
    }

    /** Positions of this mapping and of every field present. */
    public Positions positions() {
        Map<String, SourcePos> fields = new TreeMap<>();
        values.forEach((k, v) -> fields.put(k, YNodes.pos(v, path)));
        return new Positions(pos, fields);
    }

    // ---- scalars ----------------------------------------------------------------------------------------

    public Optional<String> optText(String key) {
        Node n = values.get(key);
        if (n == null || YNodes.isNull(n)) {
            return Optional.empty();
        }
        if (n instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        diags.error(YNodes.pos(n, path), "field `" + key + "` must be text, found " + YNodes.describe(n));
        return Optional.empty();
    }

    /** Required text: missing or blank is an error; returns "" then. */
    public String text(String key) {
        if (!has(key) || YNodes.isNull(values.get(key))) {
            diags.error(pos, "missing required field `" + key + "`");
            return "";
        }
        String v = optText(key).orElse("");
        if (v.isBlank() && values.get(key) instanceof ScalarNode) {
            diags.error(pos(key), "field `" + key + "` must not be empty");
        }
        return v.strip();
    }

    public String text(String key, String fallback) {
        return optText(key).map(String::strip).orElse(fallback);
    }

    /** A required id: present, and a safe slug. */
    public String id(String key) {
        String v = text(key);
        if (!v.isEmpty() && !Ids.isValid(v)) {
            diags.error(pos(key), Ids.problem(v));
            return "";
        }
        return v;
    }

    public Optional<Integer> optInt(String key) {
        return optText(key).flatMap(s -> {
            try {
                return Optional.of(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                diags.error(pos(key), "field `" + key + "` must be a whole number, found `" + Ids.printable(s)
                        + "`");
                return Optional.empty();
            }
        });
    }

    public int integer(String key) {
        if (!has(key)) {
            diags.error(pos, "missing required field `" + key + "`");
            return 0;
        }
        return optInt(key).orElse(0);
    }

    public Optional<BigDecimal> optDecimal(String key) {
        return optText(key).flatMap(s -> {
            try {
                return Optional.of(new BigDecimal(s.strip()));
            } catch (NumberFormatException e) {
                diags.error(pos(key), "field `" + key + "` must be a number, found `" + Ids.printable(s) + "`");
                return Optional.empty();
            }
        });
    }

    public Optional<LocalDate> optDate(String key) {
        return optText(key).flatMap(s -> {
            String t = s.strip();
            if (DATE.matcher(t).matches()) {
                try {
                    return Optional.of(LocalDate.parse(t));
                } catch (DateTimeParseException e) {
                    // fall through to the error below
                }
            }
            diags.error(pos(key), "field `" + key + "` must be a date written YYYY-MM-DD, found `"
                    + Ids.printable(t) + "`");
            return Optional.empty();
        });
    }

    /** A date as precise as the source gives it: {@code 2008}, {@code 2008-11} or {@code 2008-11-14}. */
    public Optional<PartialDate> optPartialDate(String key) {
        return optText(key).flatMap(s -> {
            Optional<PartialDate> d = PartialDate.parse(s);
            if (d.isEmpty()) {
                diags.error(pos(key), "field `" + key + "` must be a date written YYYY-MM-DD, or YYYY-MM or YYYY when"
                        + " the source gives only a month or a year; found `" + Ids.printable(s.strip()) + "`");
            }
            return d;
        });
    }

    /** One of a fixed set of words. */
    public Optional<String> optChoice(String key, List<String> choices) {
        return optText(key).map(String::strip).flatMap(v -> {
            if (choices.contains(v)) {
                return Optional.of(v);
            }
            diags.error(pos(key), "field `" + key + "` must be one of " + String.join(", ", choices) + "; found `"
                    + Ids.printable(v) + "`");
            return Optional.empty();
        });
    }

    public Markdown markdown(String key, boolean required) {
        Optional<String> v = required ? Optional.of(text(key)) : optText(key);
        return v.map(s -> new Markdown(s, markdownStart(key))).orElse(Markdown.EMPTY);
    }

    /** Block scalars (`|`) start on the line after the indicator. */
    private SourcePos markdownStart(String key) {
        Node n = values.get(key);
        if (n instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.LITERAL
                || s.getScalarStyle() == ScalarStyle.FOLDED)) {
            SourcePos p = YNodes.pos(n, path);
            return new SourcePos(path, p.line() + 1, blockIndent(s) + 1);
        }
        if (n instanceof ScalarNode s && (s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED
                || s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED)) {
            SourcePos p = YNodes.pos(n, path);
            return new SourcePos(path, p.line(), p.column() + 1); // the text starts after the quote
        }
        return pos(key);
    }

    /**
     * The indentation of a block scalar's first line, so a column inside its text is a column of the file
     * (0 when the parser's buffer no longer holds that line).
     */
    private static int blockIndent(ScalarNode s) {
        return s.getStartMark().map(m -> {
            int[] b = m.getBuffer();
            int i = m.getPointer();
            while (i < b.length && b[i] != '\n') {
                i++;
            }
            int n = 0;
            while (i + 1 + n < b.length && b[i + 1 + n] == ' ') {
                n++;
            }
            return i + 1 + n < b.length && b[i + 1 + n] != '\n' ? n : 0;
        }).orElse(0);
    }

    // ---- collections ------------------------------------------------------------------------------------

    /** A list of text values; a single value is accepted as a one-item list. */
    public List<String> textList(String key) {
        List<String> out = new ArrayList<>();
        for (Node n : items(key)) {
            if (n instanceof ScalarNode s) {
                if (s.getValue().isBlank()) {
                    diags.error(YNodes.pos(n, path), "`" + key + "` has an empty item");
                } else {
                    out.add(s.getValue().strip());
                }
            } else {
                diags.error(YNodes.pos(n, path), "each item of `" + key + "` must be text, found "
                        + YNodes.describe(n));
            }
        }
        return out;
    }

    /** A list of ids referring to other things, each with its own position. */
    public List<Ref> refs(String key) {
        List<Ref> out = new ArrayList<>();
        for (Node n : items(key)) {
            SourcePos p = YNodes.pos(n, path);
            if (n instanceof ScalarNode s) {
                String id = s.getValue().strip();
                if (!Ids.isValid(id)) {
                    diags.error(p, "`" + key + "`: " + Ids.problem(id));
                } else {
                    out.add(new Ref(id, p));
                }
            } else {
                diags.error(p, "each item of `" + key + "` must be an id, found " + YNodes.describe(n));
            }
        }
        return out;
    }

    /**
     * Ids that may name another plan's thing as {@code plan-id/id} (each part a valid id); an unqualified id is
     * kept for the check, which knows which plans hold it.
     */
    public List<Ref> planRefs(String key) {
        List<Ref> out = new ArrayList<>();
        for (Node n : items(key)) {
            SourcePos p = YNodes.pos(n, path);
            if (n instanceof ScalarNode s) {
                String ref = s.getValue().strip();
                String[] parts = ref.split("/", -1);
                String bad = parts.length > 2 ? "write one plan id and one id: `plan-id/id`" : null;
                for (int k = 0; bad == null && k < parts.length; k++) {
                    if (!Ids.isValid(parts[k])) {
                        bad = Ids.problem(parts[k]);
                    }
                }
                if (bad != null) {
                    diags.error(p, "`" + key + "`: " + bad);
                } else {
                    out.add(new Ref(ref, p));
                }
            } else {
                diags.error(p, "each item of `" + key + "` must be `plan-id/intention-id`, found "
                        + YNodes.describe(n));
            }
        }
        return out;
    }

    public Optional<Ref> optRef(String key) {
        return optText(key).map(String::strip).flatMap(id -> {
            if (!Ids.isValid(id)) {
                diags.error(pos(key), "`" + key + "`: " + Ids.problem(id));
                return Optional.empty();
            }
            return Optional.of(new Ref(id, pos(key)));
        });
    }

    /** A list of mappings, e.g. the intentions of a section. */
    public List<YMap> maps(String key) {
        Node value = values.get(key);
        if (value instanceof ScalarNode && !YNodes.isNull(value)) {
            diags.error(YNodes.pos(value, path), "field `" + key + "` must be a list, found "
                    + YNodes.describe(value));
            return List.of();
        }
        List<YMap> out = new ArrayList<>();
        for (Node n : items(key)) {
            of(n, path, diags, "each item of `" + key + "`", depth + 1).ifPresent(out::add);
        }
        return out;
    }

    public Optional<YMap> map(String key) {
        Node n = values.get(key);
        if (n == null || YNodes.isNull(n)) {
            return Optional.empty();
        }
        return of(n, path, diags, "field `" + key + "`", depth + 1);
    }

    /** The raw nodes of a list field; a scalar counts as a one-item list. */
    public List<Node> items(String key) {
        Node n = values.get(key);
        if (n == null || YNodes.isNull(n)) {
            return List.of();
        }
        if (n instanceof SequenceNode s) {
            return s.getValue();
        }
        if (n instanceof ScalarNode) {
            return List.of(n);
        }
        diags.error(YNodes.pos(n, path), "field `" + key + "` must be a list, found " + YNodes.describe(n));
        return List.of();
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(values.get(key));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static List<String> sortedCopy(String[] a) {
        List<String> l = new ArrayList<>(List.of(a));
        l.sort(Comparator.naturalOrder());
        return l;
    }

    /** The allowed word nearest to {@code key} (edit distance), if one is close. */
    static java.util.Optional<String> closest(String key, String[] allowed) {
        return uk.nhs.intentions.support.Spelling.closest(key, allowed);
    }
}
