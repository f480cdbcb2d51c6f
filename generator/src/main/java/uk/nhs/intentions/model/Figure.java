package uk.nhs.intentions.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a budget table exactly as printed ({@code "(3,874)"}, {@code "5.46%"}, {@code "£13.7m"}) with
 * its parsed value in its unit, the number of decimals printed (its precision) and where it was written.
 * A figure without its own unit marker takes the unit of its row, column or table.
 */
public record Figure(String printed, BigDecimal value, Unit unit, int decimals, SourcePos pos) {
    public Figure {
        Objects.requireNonNull(printed, "printed");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(pos, "pos");
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** The value in pounds, for money; the value itself for percentages. */
    public BigDecimal base() {
        return unit.isMoney() ? value.multiply(unit.pounds()) : value;
    }

    /** Half a unit of the last printed digit: the rounding a printed figure may carry. */
    public BigDecimal halfUnit() {
        return BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
    }
}
