package uk.nhs.intentions.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The unit a budget figure is printed in. Money units convert to pounds for arithmetic. */
public enum Unit {
    THOUSANDS("£'000", new BigDecimal(1000)),
    MILLIONS("£m", new BigDecimal(1_000_000)),
    POUNDS("£", BigDecimal.ONE),
    PERCENT("%", null);

    private final String label;
    private final BigDecimal pounds;

    Unit(String label, BigDecimal pounds) {
        this.label = label;
        this.pounds = pounds;
    }

    /** As written in content and shown to readers: {@code £'000}, {@code £m}, {@code £}, {@code %}. */
    public String label() {
        return label;
    }

    public boolean isMoney() {
        return pounds != null;
    }

    /** How many pounds one of this unit is; null for percentages. */
    public BigDecimal pounds() {
        return pounds;
    }

    public static Optional<Unit> fromLabel(String s) {
        return Arrays.stream(values()).filter(u -> u.label.equals(s)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Unit::label).toList();
    }
}
