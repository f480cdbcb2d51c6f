package uk.nhs.intentions.model;

import java.util.List;

/** A service-area section of the intentions table, with its intentions in source order. */
public record Section(String id, int number, String title, Markdown summary, List<Ref> narrative,
        List<Intention> intentions, Positions at) {
    public Section {
        narrative = List.copyOf(narrative);
        intentions = List.copyOf(intentions);
    }
}
