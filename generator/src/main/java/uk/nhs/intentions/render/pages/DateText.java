package uk.nhs.intentions.render.pages;

import java.time.LocalDate;

/** Dates as GOV.UK style writes them: 24 January 2008. */
public final class DateText {

    private DateText() {
    }

    public static String format(LocalDate d) {
        return d == null ? "" : uk.nhs.intentions.render.PlanDates.format(d);
    }
}
