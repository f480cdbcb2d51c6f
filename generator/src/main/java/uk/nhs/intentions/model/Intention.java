package uk.nhs.intentions.model;

import java.util.List;
import java.util.Optional;

/**
 * A commissioning intention: what the commissioner intends to buy, change or stop. {@code number} is "" when
 * the document does not number its items (they keep the source order); {@code timescale} is the document's own
 * words for when ("" when none), {@code due} the date it gives, as precise as it gives it.
 */
public record Intention(String id, String number, String area, IntentionStatus status, List<IntentionPart> parts,
        List<Ref> priorities, List<Ref> groups, List<String> gaps, Positions at, List<IntentionLink> links,
        String timescale, Optional<PartialDate> due) {
    public Intention {
        parts = List.copyOf(parts);
        priorities = List.copyOf(priorities);
        groups = List.copyOf(groups);
        gaps = List.copyOf(gaps);
        links = List.copyOf(links);
    }

    /** An intention tied to no other plan's. */
    public Intention(String id, String number, String area, IntentionStatus status, List<IntentionPart> parts,
            List<Ref> priorities, List<Ref> groups, List<String> gaps, Positions at) {
        this(id, number, area, status, parts, priorities, groups, gaps, at, List.of(), "", Optional.empty());
    }

    /** Every provider reference over all parts, in order of appearance. */
    public List<Ref> providers() {
        // a loop, not a stream: the provider index and the checks call this for every intention on every rebuild
        if (parts.size() == 1) {
            return parts.get(0).providers();
        }
        List<Ref> all = new java.util.ArrayList<>();
        for (IntentionPart p : parts) {
            all.addAll(p.providers());
        }
        return java.util.Collections.unmodifiableList(all);
    }
}
