package uk.nhs.intentions.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the source gives it: a year ({@code 2008}), a month ({@code 2008-11}) or a day
 * ({@code 2008-11-14}). Shown at that precision ("2008", "November 2008", "14 November 2008"); logic that
 * needs a day takes the {@link #first()} or {@link #last()} day of the period, never a guessed one.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How precise a date is. */
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        first(year, month, day); // validates
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** {@code 2008}, {@code 2008-11} or {@code 2008-11-14}; empty when the text is none of these or no such day. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return Optional.of(new PartialDate(y, mo, d));
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day of the period: 2008-11 → 1 November 2008. */
    public LocalDate first() {
        return first(year, month, day);
    }

    /** The last day of the period: 2008-11 → 30 November 2008. */
    public LocalDate last() {
        return switch (precision()) {
            case DAY -> first();
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    private static LocalDate first(int year, int month, int day) {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** As written in content: {@code 2008}, {@code 2008-11}, {@code 2008-11-14}. */
    @Override
    public String toString() {
        return switch (precision()) {
            case DAY -> first().toString();
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", year);
        };
    }

    /** Earlier periods first; a period before a more precise date inside it (2008-11 before 2008-11-14). */
    @Override
    public int compareTo(PartialDate o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : precision().compareTo(o.precision());
    }
}
