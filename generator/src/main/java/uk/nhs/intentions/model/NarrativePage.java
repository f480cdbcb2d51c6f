package uk.nhs.intentions.model;

import java.util.List;

/** A narrative page written in Markdown with front matter. */
public record NarrativePage(String id, String title, Integer number, List<Ref> priorities, List<Ref> groups,
        List<Ref> intentions, Markdown body, Positions at) {
    public NarrativePage {
        priorities = List.copyOf(priorities);
        groups = List.copyOf(groups);
        intentions = List.copyOf(intentions);
    }
}
