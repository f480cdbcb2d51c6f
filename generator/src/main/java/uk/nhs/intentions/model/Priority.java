package uk.nhs.intentions.model;

/** A disease priority such as cancer or diabetes. */
public record Priority(String id, String name, Markdown summary, Positions at) {
}
