package uk.nhs.intentions.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an intention is in its lifecycle. {@link #NOT_STATED} is what an intention without a {@code status}
 * has: the site says so rather than assuming a status; content cannot write it.
 */
public enum IntentionStatus {
    DRAFT("Draft"),
    CONSULTATION("Under consultation"),
    AGREED("Agreed"),
    DEFERRED("Deferred"),
    WITHDRAWN("Withdrawn"),
    NOT_STATED("Status not stated");

    private final String label;

    IntentionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<IntentionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(IntentionStatus::id).toList();
    }

    /** The statuses a content file may give. */
    public static List<String> choices() {
        return Arrays.stream(values()).filter(s -> s != NOT_STATED).map(IntentionStatus::id).toList();
    }
}
