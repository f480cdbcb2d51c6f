package uk.nhs.intentions.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What sort of organisation a provider is; {@link #GROUP} is a provider group such as "all acute providers". */
public enum ProviderKind {
    ACUTE("Acute"),
    COMMUNITY("Community"),
    MENTAL_HEALTH("Mental health"),
    PRIMARY_CARE("Primary care"),
    DENTAL("Dental"),
    PHARMACY("Pharmacy"),
    VOLUNTARY("Voluntary sector and hospices"),
    AMBULANCE("Ambulance"),
    LOCAL_AUTHORITY("Local authority"),
    INDEPENDENT("Independent sector"),
    SPECIALISED("Specialised services"),
    COMMISSIONER("Commissioner"),
    OTHER("Other"),
    GROUP("Provider group");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The id written in content files: {@code mental-health}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ProviderKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ProviderKind::id).toList();
    }
}
