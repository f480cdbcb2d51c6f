package uk.nhs.intentions.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as GOV.UK style writes them: 24 January 2008, 5pm. */
public final class DateText {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DateText() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : FORMAT.format(d);
    }

    /** A date at the precision the source gives: "2008", "November 2008", "14 November 2008"; "" for none. */
    public static String format(uk.nhs.intentions.model.PartialDate d) {
        if (d == null) {
            return "";
        }
        return switch (d.precision()) {
            case DAY -> format(d.first());
            case MONTH -> MONTH.format(d.first());
            case YEAR -> String.valueOf(d.year());
        };
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A time as GOV.UK style writes it: 5pm, 5:30pm, 9am, midday, midnight. */
    public static String time(LocalTime t) {
        if (t == null) {
            return "";
        }
        if (t.equals(LocalTime.NOON)) {
            return "midday";
        }
        if (t.equals(LocalTime.MIDNIGHT)) {
            return "midnight";
        }
        int h = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        String minutes = t.getMinute() == 0 ? "" : String.format(Locale.ROOT, ":%02d", t.getMinute());
        return h + minutes + (t.getHour() < 12 ? "am" : "pm");
    }
}
