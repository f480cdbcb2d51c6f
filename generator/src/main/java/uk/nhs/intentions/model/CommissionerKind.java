package uk.nhs.intentions.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What sort of body commissions care: the kinds the NHS has had since 2002, and local authorities. */
public enum CommissionerKind {
    PCT("Primary care trust (PCT)"),
    CCG("Clinical commissioning group (CCG)"),
    ICB("Integrated care board (ICB)"),
    LOCAL_AUTHORITY("Local authority"),
    OTHER("Other commissioner");

    private final String label;

    CommissionerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id written in content files: {@code local-authority}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CommissionerKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(CommissionerKind::id).toList();
    }
}
