package uk.nhs.intentions.model;

/** A reference to another thing by id, with the position where it was written. */
public record Ref(String id, SourcePos pos) {
}
