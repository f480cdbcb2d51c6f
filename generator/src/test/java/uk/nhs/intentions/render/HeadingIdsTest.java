package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Heading anchors do not depend on the machine's locale (Turkish lower-cases I to a dotless ı). */
class HeadingIdsTest {
    @Test
    void anchorsAreTheSameUnderATurkishLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("<h2 id=\"intermediate-care\">Intermediate Care</h2>\n"
                    + "<h2 id=\"intermediate-care-1\">INTERMEDIATE care</h2>\n",
                    new MarkdownRenderer().toHtml("## Intermediate Care\n\n## INTERMEDIATE care\n"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
