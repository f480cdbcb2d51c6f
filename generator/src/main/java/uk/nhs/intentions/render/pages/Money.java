package uk.nhs.intentions.render.pages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Differences written the way a finance paper prints them: +1,230 or (3,874). */
final class Money {
    private Money() {
    }

    static String signed(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        String abs = f.format(d.abs());
        return d.signum() < 0 ? "(" + abs + ")" : "+" + abs;
    }
}
