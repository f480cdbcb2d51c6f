package uk.nhs.intentions.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The site-wide settings from site-config.yml that shape the output (folders live in the loader's config).
 * {@code buildDate} is empty when neither {@code build_date} nor SOURCE_DATE_EPOCH gives one: the pages then
 * say nothing about when they were built. {@code banner} is a notice shown at the top of every page ("" for
 * none), such as "Illustrative example, not a real consultation". {@code footer} is what every page's footer
 * says (its licence is also the open data's); {@code openData} the OCDS prefix ({@code open_data:}).
 */
public record SiteSettings(String title, String baseUrl, String language, String theme,
        Optional<LocalDate> buildDate, BigDecimal roundingTolerance, String banner, SiteFooter footer,
        OpenData openData) {
    public SiteSettings(String title, String baseUrl, String language, String theme, Optional<LocalDate> buildDate,
            BigDecimal roundingTolerance) {
        this(title, baseUrl, language, theme, buildDate, roundingTolerance, "");
    }

    public SiteSettings(String title, String baseUrl, String language, String theme, Optional<LocalDate> buildDate,
            BigDecimal roundingTolerance, String banner) {
        this(title, baseUrl, language, theme, buildDate, roundingTolerance, banner, SiteFooter.DEFAULT);
    }

    public SiteSettings(String title, String baseUrl, String language, String theme, Optional<LocalDate> buildDate,
            BigDecimal roundingTolerance, String banner, SiteFooter footer) {
        this(title, baseUrl, language, theme, buildDate, roundingTolerance, banner, footer, OpenData.NONE);
    }
}
