package uk.nhs.intentions.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The site-wide settings from site-config.yml that shape the output (folders live in the loader's config). */
public record SiteSettings(String title, String baseUrl, String language, String theme, LocalDate buildDate,
        BigDecimal roundingTolerance) {
}
