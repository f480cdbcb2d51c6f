package uk.nhs.intentions.rounds;

import java.util.List;

import uk.nhs.intentions.model.PlanSnapshot;

/**
 * Writes a snapshot as plain, diff-friendly YAML: one field per line, multi-line text as literal blocks,
 * everything else double-quoted, in the plan's order.
 */
final class SnapshotWriter {
    private SnapshotWriter() {
    }

    public static String write(String planId, PlanSnapshot s) {
        StringBuilder b = new StringBuilder();
        b.append("# Snapshot of plan ").append(planId).append(" at the close of round ").append(s.roundId())
                .append(".\n# Written by `intentions round close`; it is compared with later versions. Do not edit.\n");
        b.append("round: ").append(quote(s.roundId())).append('\n');
        b.append("plan: ").append(quote(planId)).append('\n');
        b.append("intentions:\n");
        for (PlanSnapshot.IntentionSnapshot i : s.intentions()) {
            b.append("  - id: ").append(quote(i.id())).append('\n');
            field(b, "number", i.number());
            field(b, "area", i.area());
            field(b, "section", i.section());
            field(b, "status", i.status());
            b.append("    providers: ").append(list(i.providers())).append('\n');
            field(b, "actions", i.actions());
            field(b, "outcomes", i.outcomes());
        }
        b.append("figures:").append(s.figures().isEmpty() ? " []\n" : "\n");
        for (PlanSnapshot.FigureSnapshot f : s.figures()) {
            b.append("  - table: ").append(quote(f.table())).append('\n');
            field(b, "row", f.row());
            field(b, "column", f.column());
            field(b, "label", f.label());
            field(b, "value", f.value());
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("    ").append(name).append(": ");
        if (value.contains("\n") && literalSafe(value)) {
            b.append("|-\n");
            for (String line : value.split("\n", -1)) {
                b.append(line.isEmpty() ? "" : "      " + line).append('\n');
            }
        } else {
            b.append(quote(value)).append('\n');
        }
    }

    /** A literal block cannot keep trailing spaces, tabs or control characters exactly. */
    private static boolean literalSafe(String v) {
        if (v.startsWith(" ") || v.endsWith("\n")) {
            return false;
        }
        for (String line : v.split("\n", -1)) {
            if (line.endsWith(" ")) {
                return false;
            }
        }
        return v.chars().noneMatch(c -> c != '\n' && (Character.isISOControl(c) || c == '\uFEFF'));
    }

    private static String list(List<String> ids) {
        return "[" + String.join(", ", ids.stream().map(SnapshotWriter::quote).toList()) + "]";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0xFEFF || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04X", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
