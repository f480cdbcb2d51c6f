package uk.nhs.intentions.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK style writes them: 24 January 2008. */
public final class DateText {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DateText() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : FORMAT.format(d);
    }
}
