package uk.nhs.intentions.diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import uk.nhs.intentions.model.SourcePos;

/** Collects every problem of a run so they can be reported together, de-duplicated and in file order. */
public final class Diagnostics {
    private final LinkedHashSet<Diagnostic> items = new LinkedHashSet<>();
    private final java.util.TreeSet<String> unreadable = new java.util.TreeSet<>();

    /** A file that could not be parsed at all: what it defines is missing from the model. */
    public synchronized void markUnreadable(String path) {
        unreadable.add(path);
    }

    public synchronized java.util.SortedSet<String> unreadableFiles() {
        return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(unreadable));
    }

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public void addAll(Iterable<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            add(d);
        }
    }

    public void error(SourcePos pos, String message) {
        add(Diagnostic.error(pos, message));
    }

    public void warning(SourcePos pos, String message) {
        add(Diagnostic.warning(pos, message));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(items);
        list.sort(Diagnostic.ORDER);
        return List.copyOf(list);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    /** "2 errors, 1 warning" — the summary line after the list. */
    public static String summary(List<Diagnostic> list) {
        long errors = list.stream().filter(Diagnostic::isError).count();
        long warnings = list.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
