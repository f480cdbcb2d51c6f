package uk.nhs.intentions.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import freemarker.template.utility.StringUtil;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;

/**
 * The problems of a failed build, each with the offending line read from its file, as the page the browser
 * shows instead of the site and as the lines the terminal prints.
 */
final class ErrorReport {
    private static final long MAX_BYTES = 3L * 1024 * 1024;

    /** One diagnostic with the source line it points at ("" when there is none). */
    record Item(Diagnostic diagnostic, String sourceLine) {
    }

    private final List<Item> items;

    private ErrorReport(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** Errors first, then warnings; source lines read from files under {@code siteRoot}. */
    static ErrorReport of(List<Diagnostic> diagnostics, Path siteRoot) {
        List<Item> out = new ArrayList<>();
        for (boolean errors : new boolean[] {true, false}) {
            for (Diagnostic d : diagnostics) {
                if (d.isError() == errors) {
                    out.add(new Item(d, sourceLine(siteRoot, d)));
                }
            }
        }
        return new ErrorReport(out);
    }

    List<Item> items() {
        return items;
    }

    /** The line a diagnostic points at, or "" if it names no line or the file cannot be read. */
    static String sourceLine(Path siteRoot, Diagnostic d) {
        int line = d.pos().line();
        if (line <= 0 || siteRoot == null) {
            return "";
        }
        Path root = siteRoot.toAbsolutePath().normalize();
        Path file = root.resolve(d.pos().path()).normalize();
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return "";
            }
            String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r?\n|\r", -1);
            return line <= lines.length ? lines[line - 1] : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The text under a source line that points at the column (tabs kept so it lines up). */
    static String caret(String sourceLine, int column) {
        if (column <= 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < column - 1 && i < sourceLine.length(); i++) {
            b.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
        }
        return b.append('^').toString();
    }

    /**
     * What the terminal prints: each error in the usual one-line form with its source line and a caret, then
     * the summary (warnings are counted there; the browser page lists them).
     */
    List<String> terminalLines() {
        List<String> out = new ArrayList<>();
        for (Item i : items) {
            if (!i.diagnostic().isError()) {
                continue;
            }
            out.add(i.diagnostic().format());
            if (!i.sourceLine().isEmpty()) {
                String margin = "    " + i.diagnostic().pos().line() + " | ";
                out.add(margin + i.sourceLine());
                String caret = caret(i.sourceLine(), i.diagnostic().pos().column());
                if (!caret.isEmpty()) {
                    out.add(" ".repeat(margin.length() - 2) + "| " + caret);
                }
            }
        }
        out.add(Diagnostics.summary(items.stream().map(Item::diagnostic).toList()));
        return out;
    }

    /** A self-contained page (no theme, no assets) listing every problem. */
    String page(String lastGoodHref) {
        long errors = items.stream().filter(i -> i.diagnostic().isError()).count();
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>The site could not be rebuilt</title>\n<style>\n")
                .append("body{font-family:Arial,sans-serif;margin:0;padding:1.5rem;color:#0b0c0c;background:#fff;")
                .append("line-height:1.5}\nh1{font-size:1.75rem;margin-top:0}\n")
                .append(".banner{border-left:10px solid #d4351c;padding:0.5rem 1rem;margin-bottom:1.5rem}\n")
                .append("ol{padding-left:1.5rem}li{margin-bottom:1.25rem}\n")
                .append("code,pre{font-family:Consolas,Menlo,monospace;font-size:0.95rem}\n")
                .append("pre{background:#f3f2f1;padding:0.5rem 0.75rem;overflow-x:auto;margin:0.25rem 0 0}\n")
                .append(".sev-error{color:#d4351c;font-weight:bold}.sev-warning{color:#594d00;font-weight:bold}\n")
                .append(".hint{color:#505a5f}a{color:#1d70b8}\n</style>\n</head>\n<body>\n")
                .append("<main>\n<div class=\"banner\">\n<h1>The site could not be rebuilt</h1>\n<p>")
                .append(errors == 1 ? "1 problem needs" : errors + " problems need")
                .append(" fixing in the plan's files. Correct the line shown, save the file, and this page will")
                .append(" update by itself.</p>\n");
        if (lastGoodHref != null) {
            b.append("<p><a href=\"").append(StringUtil.XMLEnc(lastGoodHref))
                    .append("\">Show the last good version of this page</a></p>\n");
        }
        b.append("</div>\n<ol>\n");
        for (Item i : items) {
            Diagnostic d = i.diagnostic();
            String sev = d.severity().label();
            b.append("<li><p><code>").append(StringUtil.XMLEnc(d.pos().toString())).append("</code>: <span class=\"sev-")
                    .append(sev).append("\">").append(sev).append("</span>: ").append(StringUtil.XMLEnc(d.message()));
            if (!d.hint().isEmpty()) {
                b.append(" <span class=\"hint\">(").append(StringUtil.XMLEnc(d.hint())).append(")</span>");
            }
            b.append("</p>\n");
            if (!i.sourceLine().isEmpty()) {
                b.append("<pre aria-label=\"line ").append(d.pos().line()).append(" of ")
                        .append(StringUtil.XMLEnc(d.pos().path())).append("\">")
                        .append(d.pos().line()).append(" | ").append(StringUtil.XMLEnc(i.sourceLine()));
                String caret = caret(i.sourceLine(), d.pos().column());
                if (!caret.isEmpty()) {
                    b.append('\n').append(" ".repeat(String.valueOf(d.pos().line()).length())).append(" | ")
                            .append(caret);
                }
                b.append("</pre>\n");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n<p>").append(StringUtil.XMLEnc(Diagnostics.summary(items.stream().map(Item::diagnostic).toList())))
                .append("</p>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }
}
