package uk.nhs.intentions.model;

import java.util.List;

/** A commissioning intention: what the commissioner intends to buy, change or stop. */
public record Intention(String id, String number, String area, IntentionStatus status, List<IntentionPart> parts,
        List<Ref> priorities, List<Ref> groups, List<String> gaps, Positions at, List<IntentionLink> links) {
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
        this(id, number, area, status, parts, priorities, groups, gaps, at, List.of());
    }

    /** Every provider reference over all parts, in order of appearance. */
    public List<Ref> providers() {
        return parts.stream().flatMap(p -> p.providers().stream()).toList();
    }
}
