package uk.nhs.intentions.model;

/**
 * A body that publishes plans: a PCT, CCG, ICB or local authority ({@code content/commissioners.yml}).
 * {@code odsCode} and {@code area} are "" when the source does not give them: never guessed.
 */
public record Commissioner(String id, String name, CommissionerKind kind, String odsCode, String area,
        Markdown summary, Positions at) {
}
