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
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.FailsafeSchema;

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
            return Optional.of(text);
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

    public static Optional<Node> parse(String text, String path, Diagnostics diags) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setSchema(new FailsafeSchema())
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setAllowNonScalarKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_BYTES)
                .setUseMarks(true)
                .build();
        try {
            return new Compose(settings).composeString(text);
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
            diags.error(SourcePos.file(path), "YAML is nested too deeply to read");
        }
        return Optional.empty();
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
