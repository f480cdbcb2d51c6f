package uk.nhs.intentions.index.changes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import uk.nhs.intentions.model.IntentionNumbers;
import uk.nhs.intentions.model.Figure;
import uk.nhs.intentions.model.FigureParser;
import uk.nhs.intentions.model.Figures;
import uk.nhs.intentions.model.PlanSnapshot;
import uk.nhs.intentions.model.SourcePos;
import uk.nhs.intentions.model.Unit;
import uk.nhs.intentions.model.PlanSnapshot.FigureSnapshot;
import uk.nhs.intentions.model.PlanSnapshot.IntentionSnapshot;

/** Compares two snapshots of a plan. */
public final class Changes {
    private Changes() {
    }

    public static ChangeSet between(PlanSnapshot before, String fromLabel, PlanSnapshot after, String toLabel) {
        Map<String, IntentionSnapshot> old = byId(before);
        Map<String, IntentionSnapshot> now = byId(after);
        List<ChangeSet.IntentionChange> added = new ArrayList<>();
        List<ChangeSet.IntentionChange> removed = new ArrayList<>();
        List<ChangeSet.IntentionChange> changed = new ArrayList<>();
        for (IntentionSnapshot a : now.values()) {
            IntentionSnapshot b = old.get(a.id());
            if (b == null) {
                added.add(change(null, a));
            } else if (!sameContent(b, a)) {
                changed.add(change(b, a));
            }
        }
        for (IntentionSnapshot b : old.values()) {
            if (!now.containsKey(b.id())) {
                removed.add(change(b, null));
            }
        }
        Comparator<ChangeSet.IntentionChange> byNumber = Comparator
                .comparing((ChangeSet.IntentionChange c) -> c.latest().number(), IntentionNumbers.ORDER)
                .thenComparing(ChangeSet.IntentionChange::id);
        added.sort(byNumber);
        removed.sort(byNumber);
        changed.sort(byNumber);
        return new ChangeSet(before.roundId(), fromLabel, toLabel, added, removed, changed, figures(before, after));
    }

    private static boolean sameContent(IntentionSnapshot b, IntentionSnapshot a) {
        return b.number().equals(a.number()) && b.area().equals(a.area()) && b.section().equals(a.section())
                && b.status().equals(a.status()) && b.actions().equals(a.actions())
                && b.outcomes().equals(a.outcomes()) && b.providers().equals(a.providers());
    }

    private static ChangeSet.IntentionChange change(IntentionSnapshot b, IntentionSnapshot a) {
        String areaB = b == null ? "" : b.area();
        String areaA = a == null ? "" : a.area();
        List<String> provB = b == null ? List.of() : b.providers();
        List<String> provA = a == null ? List.of() : a.providers();
        return new ChangeSet.IntentionChange(Objects.requireNonNullElse(a, b).id(), b, a,
                TextDiff.words(areaB, areaA),
                TextDiff.words(b == null ? "" : b.actions(), a == null ? "" : a.actions()),
                TextDiff.words(b == null ? "" : b.outcomes(), a == null ? "" : a.outcomes()),
                provA.stream().filter(p -> !provB.contains(p)).toList(),
                provB.stream().filter(p -> !provA.contains(p)).toList());
    }

    private static Map<String, IntentionSnapshot> byId(PlanSnapshot s) {
        Map<String, IntentionSnapshot> m = new LinkedHashMap<>();
        s.intentions().forEach(i -> m.putIfAbsent(i.id(), i));
        return m;
    }

    private static List<ChangeSet.FigureChange> figures(PlanSnapshot before, PlanSnapshot after) {
        Map<String, FigureSnapshot> old = new LinkedHashMap<>();
        before.figures().forEach(f -> old.putIfAbsent(key(f), f));
        List<ChangeSet.FigureChange> out = new ArrayList<>();
        for (FigureSnapshot f : after.figures()) {
            FigureSnapshot b = old.remove(key(f));
            if (b == null) {
                out.add(new ChangeSet.FigureChange(f.table(), f.row(), f.column(), f.label(), "", f.value(), null));
            } else if (!b.value().equals(f.value())) {
                out.add(new ChangeSet.FigureChange(f.table(), f.row(), f.column(), f.label(), b.value(), f.value(),
                        difference(b.value(), f.value())));
            }
        }
        for (FigureSnapshot b : old.values()) {
            out.add(new ChangeSet.FigureChange(b.table(), b.row(), b.column(), b.label(), b.value(), "", null));
        }
        return out;
    }

    /** After minus before, in the figures' own unit; null when either is not a figure or the units differ. */
    private static Figure difference(String before, String after) {
        Optional<Figure> b = FigureParser.parse(before, Unit.THOUSANDS, NOWHERE).value();
        Optional<Figure> a = FigureParser.parse(after, Unit.THOUSANDS, NOWHERE).value();
        if (b.isEmpty() || a.isEmpty() || b.get().unit() != a.get().unit()) {
            return null;
        }
        BigDecimal d = a.get().value().subtract(b.get().value());
        int decimals = Math.max(a.get().decimals(), b.get().decimals());
        return new Figure(Figures.format(d, a.get().unit(), decimals), d, a.get().unit(), decimals, NOWHERE);
    }

    private static final SourcePos NOWHERE = SourcePos.file("");

    private static String key(FigureSnapshot f) {
        return f.table() + "\u0000" + f.row() + "\u0000" + f.column();
    }
}
