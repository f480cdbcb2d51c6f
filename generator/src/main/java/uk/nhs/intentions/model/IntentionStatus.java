package uk.nhs.intentions.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where an intention is in its lifecycle. */
public enum IntentionStatus {
    DRAFT("Draft"),
    CONSULTATION("Under consultation"),
    AGREED("Agreed"),
    DEFERRED("Deferred"),
    WITHDRAWN("Withdrawn");

    private final String label;

    IntentionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IntentionStatus> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(IntentionStatus::id).toList();
    }
}
