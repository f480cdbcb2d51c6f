package uk.nhs.intentions.index.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/** A readable word-level diff: runs of unchanged, removed and added words. */
public final class TextDiff {
    /** One run of text and what happened to it. */
    public record Run(Kind kind, String text) {
    }

    public enum Kind {
        SAME, REMOVED, ADDED
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {
    }

    public static List<Run> words(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Run> runs = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int start = d.getSource().getPosition();
            add(runs, Kind.SAME, a.subList(at, start));
            add(runs, Kind.REMOVED, d.getSource().getLines());
            add(runs, Kind.ADDED, d.getTarget().getLines());
            at = start + d.getSource().size();
        }
        add(runs, Kind.SAME, a.subList(at, a.size()));
        return runs;
    }

    private static void add(List<Run> runs, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            Run last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new Run(kind, text));
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s == null ? "" : s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
