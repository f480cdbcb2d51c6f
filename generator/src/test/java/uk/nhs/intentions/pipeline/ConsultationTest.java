package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/**
 * A consultation a reader can answer: every page of a plan with rounds carries a banner with the closing date
 * and a link to "How to respond"; whether the round is open or closed comes from the build date (never the
 * clock) or a snapshot, and without either the pages state only the dates. Fictional fixtures.
 */
class ConsultationTest {
    private static final String ROUNDS = """
            -- content/plans/test-2008-09/rounds.yml --
            rounds:
              - id: fictional-round
                name: Fictional round, March 2008
                opens: 2008-03-03
                closes: 2008-03-31
                closes_at: "17:00"
                audience: Made-up providers
                contact:
                  email: respond@example.org
                  form: https://example.org/respond
                  post: |
                    Freepost TEST ROUND
                    Nowhere NW1 1AA
                how_to_respond: Write to us about any intention.
                what_happens_next: The test board reads every response.
            """;

    private static Path build(Path dir, String files, Map<String, String> env) {
        Path config = TestSites.write(dir.resolve("src"), files);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), env);
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        return dir.resolve("out");
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    private static String banner(Path out, String path) throws IOException {
        return page(out, path).select("section.consultation-banner").text();
    }

    private static String config(String buildDate) {
        return "-- site-config.yml --\ntitle: Test commissioning intentions\nbase_url: https://example.nhs.uk/test/\n"
                + (buildDate.isEmpty() ? "" : "build_date: " + buildDate + "\n");
    }

    @Test
    void whileOpenEveryPageOfThePlanSaysSoAndLinksToHowToRespond(@TempDir Path dir) throws IOException {
        Path out = build(dir, config("2008-03-10") + ROUNDS, Map.of());
        for (String p : List.of("index.html", "plans/test-2008-09/index.html", "plans/test-2008-09/sections/acute.html",
                "plans/test-2008-09/intentions/1-1-coding.html", "providers/city-hospital.html", "search.html")) {
            assertEquals("Consultation open Fictional round, March 2008: have your say by 31 March 2008 at 5pm."
                    + " How to respond", banner(out, p), p);
            assertEquals("how-to-respond.html", page(out, p).select("section.consultation-banner a").attr("href")
                    .replaceAll(".*/", ""), p);
        }
        Document respond = page(out, "plans/test-2008-09/how-to-respond.html");
        assertEquals("How to respond", respond.select("h1").text());
        assertEquals("", respond.select("section.consultation-banner").text(), "no banner pointing at itself");
        assertEquals("Status Open Opens 3 March 2008 Closes 31 March 2008 at 5pm Who it is for Made-up providers",
                respond.select("dl.nhsuk-summary-list").first().text());
        assertEquals("mailto:respond@example.org", respond.select("a[href^=mailto]").attr("href"));
        assertEquals("https://example.org/respond", respond.select("a:containsOwn(response form)").attr("href"));
        assertEquals("Freepost TEST ROUND Nowhere NW1 1AA", respond.select("address").text());
        assertTrue(respond.text().contains("Write to us about any intention."));
        assertTrue(respond.text().contains("What happens next The test board reads every response."));
    }

    @Test
    void afterTheClosingDateTheBannerSaysItClosed(@TempDir Path dir) throws IOException {
        Path out = build(dir, config("2008-04-01") + ROUNDS, Map.of());
        assertEquals("Consultation closed Fictional round, March 2008 closed on 31 March 2008 at 5pm."
                + " About this consultation", banner(out, "plans/test-2008-09/index.html"));
        assertEquals("Status Closed", page(out, "plans/test-2008-09/how-to-respond.html")
                .select("dl.nhsuk-summary-list .nhsuk-summary-list__row").first().text());
    }

    @Test
    void beforeItOpensTheBannerSaysWhen(@TempDir Path dir) throws IOException {
        Path out = build(dir, config("2008-02-01") + ROUNDS, Map.of());
        assertEquals("Consultation opens soon Fictional round, March 2008 opens on 3 March 2008 and closes on"
                + " 31 March 2008 at 5pm. How to respond", banner(out, "plans/test-2008-09/index.html"));
    }

    @Test
    void theBuildDateMayComeFromSourceDateEpoch(@TempDir Path dir) throws IOException {
        // 1207008000 is 2008-04-01T00:00:00Z
        Path out = build(dir, config("") + ROUNDS, Map.of("SOURCE_DATE_EPOCH", "1207008000"));
        assertTrue(banner(out, "index.html").startsWith("Consultation closed"));
    }

    @Test
    void withoutABuildDateOnlyTheDatesAreStated(@TempDir Path dir) throws IOException {
        Path out = build(dir, config("") + ROUNDS, Map.of());
        String text = banner(out, "plans/test-2008-09/intentions/1-2-diabetes.html");
        assertEquals("Consultation Fictional round, March 2008: from 3 March 2008 to 31 March 2008 at 5pm."
                + " How to respond", text);
        Document respond = page(out, "plans/test-2008-09/how-to-respond.html");
        String main = respond.select("main").text();
        assertFalse(main.matches("(?s).*\\b(Open|open|Closed|closed)\\b.*"),
                "never claims open or closed without a date to decide it: " + main);
    }

    @Test
    void aPlanWithoutRoundsHasNoBannerAndNoRespondPage(@TempDir Path dir) throws IOException {
        Path out = build(dir, "", Map.of());
        assertEquals("", banner(out, "plans/test-2008-09/index.html"));
        assertFalse(Files.exists(out.resolve("plans/test-2008-09/how-to-respond.html")));
    }

    @Test
    void aBadContactOrTimeIsAClearError(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- content/plans/test-2008-09/rounds.yml --
                rounds:
                  - id: fictional-round
                    name: Fictional round
                    closes: 2008-03-31
                    closes_at: 5pm
                    contact:
                      email: not an address
                      form: javascript:alert(1)
                      phone: "0100"
                """);
        BuildResult r = SiteBuild.check(config);
        assertEquals(List.of(
                "content/plans/test-2008-09/rounds.yml:5:16: error: field `closes_at` must be a 24-hour time"
                        + " written HH:MM, such as \"17:00\" (quote it); found `5pm`",
                "content/plans/test-2008-09/rounds.yml:7:14: error: field `email` must be an email address such as"
                        + " consultation@example.nhs.uk; found `not an address`",
                "content/plans/test-2008-09/rounds.yml:8:13: error: field `form` must be the web address of the"
                        + " online response form, starting https:// or http://; found `javascript:alert(1)`",
                "content/plans/test-2008-09/rounds.yml:9:7: error: unknown field `phone` (allowed fields here:"
                        + " email, form, post)"),
                r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).sorted().toList());
    }
}
