package uk.nhs.intentions.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes computed values the way the source prints figures: thousands separators, negatives in parentheses. */
public final class Figures {
    private Figures() {
    }

    /** {@code -3874} → {@code (3,874)}; percentages get {@code %}, £m values {@code £…m}. */
    public static String format(BigDecimal value, Unit unit, int decimals) {
        BigDecimal v = value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP);
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.UK));
        String body = f.format(v.abs());
        if (unit == Unit.PERCENT) {
            body = body + "%";
        } else if (unit == Unit.MILLIONS) {
            body = "£" + body + "m";
        } else if (unit == Unit.POUNDS) {
            body = "£" + body;
        }
        return v.signum() < 0 ? "(" + body + ")" : body;
    }

    /** A difference in a unit, e.g. {@code 2 £'000} or {@code 0.01 percentage points}. */
    public static String amount(BigDecimal value, Unit unit) {
        String n = value.stripTrailingZeros().toPlainString();
        if (value.signum() == 0) {
            n = "0";
        }
        return unit == Unit.PERCENT ? n + " percentage points" : n + " " + unit.label();
    }
}
