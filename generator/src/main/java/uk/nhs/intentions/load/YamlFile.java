package uk.nhs.intentions.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;
import org.snakeyaml.engine.v2.schema.Schema;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.SourcePos;

/**
 * Parses YAML text into a node tree with positions, safely: YAML 1.2 failsafe schema (every scalar stays a
 * string; our readers decide the type), no object construction at all, alias and size limits.
 */
final class YamlFile {
    public static final int MAX_BYTES = 3 * 1024 * 1024;
    public static final int MAX_ALIASES = 50;
    /** Lists and mappings nested deeper than this are refused; real content nests a handful of levels. */
    public static final int MAX_DEPTH = 64;
    private static final String TOO_DEEP = "YAML is nested too deeply to read (more than " + MAX_DEPTH
            + " levels of lists and mappings)";

    private YamlFile() {
    }

    /** Decodes strict UTF-8; a bad byte is reported with its line and column. A leading BOM is dropped. */
    public static Optional<String> decode(byte[] bytes, String path, Diagnostics diags) {
        if (bytes.length > MAX_BYTES) {
            diags.markUnreadable(path);
            diags.error(SourcePos.file(path), "file is " + bytes.length + " bytes; at most " + MAX_BYTES
                    + " bytes are read");
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return controlCharacters(text, path, diags) ? Optional.empty() : Optional.of(text);
        } catch (MalformedInputException e) {
            diags.markUnreadable(path);
            diags.add(Diagnostic.error(positionOfByte(bytes, path, firstBadByte(bytes)),
                    "file is not valid UTF-8").withHint("save the file with UTF-8 encoding"));
            return Optional.empty();
        } catch (CharacterCodingException e) {
            diags.error(SourcePos.file(path), "file is not valid UTF-8");
            return Optional.empty();
        }
    }

    /**
     * Whether {@code value} holds a control character: a plain loop over its chars, as every value of every file
     * passes here (control characters are all below U+00A0, so no surrogate pair can be one).
     */
    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Control characters other than tab and line breaks: never meant, invisible, and unsafe in a page. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** Reports each raw control character at its line and column (at most 10); returns whether there were any. */
    private static boolean controlCharacters(String text, String path, Diagnostics diags) {
        if (!hasControl(text)) {
            return false; // the usual case, found in one quick pass
        }
        int line = 1;
        int col = 1;
        int found = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if (isControl(c) && found++ < 10) {
                diags.add(Diagnostic.error(new SourcePos(path, line, col), String.format(java.util.Locale.ROOT,
                        "control character U+%04X is not allowed in a content file", c))
                        .withHint("content files may hold tabs and line breaks, but no other control characters;"
                                + " delete it"));
            }
            col++;
        }
        if (found > 0) {
            diags.markUnreadable(path);
        }
        return found > 0;
    }

    /**
     * Removes control characters that YAML escapes put into values ({@code "\a"}, {@code "\0"}, {@code "\e"}),
     * warning at each value: they would otherwise be copied into every page that shows it.
     */
    static Node withoutControlCharacters(Node node, String path, Diagnostics diags,
            java.util.IdentityHashMap<Node, Node> done) {
        Node seen = done.get(node);
        if (seen != null) {
            return seen;
        }
        Node out = node;
        if (node instanceof ScalarNode s && hasControl(s.getValue())) {
            int first = s.getValue().codePoints().filter(YamlFile::isControl).findFirst().orElse(0);
            StringBuilder b = new StringBuilder();
            s.getValue().codePoints().filter(c -> !isControl(c)).forEach(b::appendCodePoint);
            diags.add(Diagnostic.warning(YNodes.pos(s, path), String.format(java.util.Locale.ROOT,
                    "this value holds control character U+%04X (from a YAML escape); it was removed", first))
                    .withHint("remove the escape such as \\a, \\0 or \\e from the value"));
            out = new ScalarNode(s.getTag(), s.isPlain(), b.toString(), s.getScalarStyle(), s.getStartMark(),
                    s.getEndMark());
        } else if (node instanceof MappingNode m) {
            done.put(node, node);
            java.util.List<NodeTuple> tuples = m.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple t = tuples.get(i);
                Node k = withoutControlCharacters(t.getKeyNode(), path, diags, done);
                Node v = withoutControlCharacters(t.getValueNode(), path, diags, done);
                if (k != t.getKeyNode() || v != t.getValueNode()) {
                    tuples.set(i, new NodeTuple(k, v));
                }
            }
        } else if (node instanceof SequenceNode q) {
            done.put(node, node);
            java.util.List<Node> items = q.getValue();
            for (int i = 0; i < items.size(); i++) {
                Node v = withoutControlCharacters(items.get(i), path, diags, done);
                if (v != items.get(i)) {
                    items.set(i, v);
                }
            }
        }
        done.put(node, out);
        return out;
    }

    /**
     * YAML's failsafe schema, every scalar a string (the loader reads numbers, dates and flags itself, with its
     * own messages), with its one rule written out: an empty plain scalar is null. The library's resolver matched
     * every scalar against the pattern {@code ^$} to find that, a twentieth of loading a large site.
     */
    private static final Schema STRINGS = new FailsafeSchema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return (value, implicit) -> implicit && value.isEmpty() ? Tag.NULL : Tag.STR;
        }
    };

    public static Optional<Node> parse(String text, String path, Diagnostics diags) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setSchema(STRINGS)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(true) // refused by YMap, with the key's line and column
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            // Composing recurses: very deep input overflows the stack (caught below), while input that composes
            // may still be deeper than any walk of it should go. Both give the same error, whatever the JIT did.
            if (root.isPresent() && deeperThan(root.get(), MAX_DEPTH)) {
                diags.markUnreadable(path);
                diags.error(SourcePos.file(path), TOO_DEEP);
                return Optional.empty();
            }
            if (text.indexOf('\\') < 0) {
                // raw control characters were refused before parsing; only an escape in a double-quoted value
                // (a backslash) can make one, so a file without any needs no walk over its values
                return root;
            }
            return root.map(n -> withoutControlCharacters(n, path, diags, new java.util.IdentityHashMap<>()));
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePos pos = mark == null ? SourcePos.file(path)
                    : new SourcePos(path, mark.getLine() + 1, mark.getColumn() + 1);
            diags.markUnreadable(path);
            if (String.valueOf(e.getProblem()).contains("(TAB)")) {
                diags.add(Diagnostic.error(pos, "malformed YAML: a tab character is used for indentation")
                        .withHint("YAML allows only spaces for indentation; replace the tab with spaces"));
            } else {
                diags.add(Diagnostic.error(pos, "malformed YAML: " + describe(e) + started(e, mark))
                        .withHint(hintFor(e)));
            }
        } catch (YamlEngineException e) {
            diags.markUnreadable(path);
            diags.error(SourcePos.file(path), "YAML refused: " + oneLine(e.getMessage()));
        } catch (StackOverflowError e) {
            diags.markUnreadable(path);
            diags.error(SourcePos.file(path), TOO_DEEP);
        }
        return Optional.empty();
    }

    /** Whether lists and mappings nest deeper than {@code limit}; iterative, each (aliased) node visited once. */
    static boolean deeperThan(Node root, int limit) {
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Node> nodes = new java.util.ArrayDeque<>();
        java.util.Deque<Integer> depths = new java.util.ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (!seen.add(node) || node instanceof ScalarNode) {
                continue;
            }
            if (depth > limit) {
                return true;
            }
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    nodes.push(t.getKeyNode());
                    depths.push(depth + 1);
                    nodes.push(t.getValueNode());
                    depths.push(depth + 1);
                }
            } else if (node instanceof SequenceNode q) {
                for (Node item : q.getValue()) {
                    nodes.push(item);
                    depths.push(depth + 1);
                }
            }
        }
        return false;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : context + ", " + problem;
        return oneLine(text.isBlank() ? String.valueOf(e.getMessage()) : text);
    }

    /** Where the unfinished list or mapping began, when the problem is found far from it. */
    private static String started(MarkedYamlEngineException e, Mark problem) {
        return e.getContextMark()
                .filter(c -> problem == null || c.getLine() != problem.getLine())
                .map(c -> " (it started at line " + (c.getLine() + 1) + ", column " + (c.getColumn() + 1) + ")")
                .orElse("");
    }

    private static String hintFor(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("found duplicate key")) {
            return "each field may appear only once";
        }
        return "";
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static SourcePos positionOfByte(byte[] bytes, String path, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return new SourcePos(path, line, before.codePointCount(0, before.length()) + 1);
    }
}
