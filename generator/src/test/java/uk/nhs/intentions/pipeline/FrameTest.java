package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The frame of every page: the footer from site-config.yml (owner, contact, accessibility statement, licence,
 * privacy; Open Government Licence v3.0 by default, nothing else invented) and the phase banner from the plan's
 * status. Fictional fixtures.
 */
class FrameTest {
    private static Path build(Path dir, String files) {
        Path config = TestSites.write(dir.resolve("src"), files);
        BuildResult r = SiteBuild.build(config, dir.resolve("out"), Map.of());
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        return dir.resolve("out");
    }

    private static Document page(Path out, String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void withoutFooterSettingsTheFooterStatesOnlyTheDefaultLicenceAndTheStatement(@TempDir Path dir) throws IOException {
        Path out = build(dir, "");
        Document d = page(out, "plans/test-2008-09/sections/acute.html");
        assertEquals("Support links Accessibility statement All content is available under the Open Government"
                + " Licence v3.0, except where otherwise stated. Built on 24 January 2008 from the plan's own files.",
                d.select("footer.site-footer").text());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                d.select("footer a[rel=license]").attr("href"));
        Document statement = page(out, "accessibility.html");
        assertEquals("Accessibility statement", statement.select("h1").text());
        assertEquals("The publisher of this site has not given a contact for reporting problems.",
                statement.select("h2:containsOwn(Reporting a problem) + p").text());
        assertEquals("", d.select(".nhsuk-phase-banner").text(), "the plan states no status, so no phase banner");
    }

    @Test
    void aConfiguredFooterShowsOwnerContactPrivacyAndItsOwnStatement(@TempDir Path dir) throws IOException {
        Path out = build(dir, """
                -- site-config.yml --
                title: Test commissioning intentions
                base_url: https://example.nhs.uk/test/
                footer:
                  owner: Test Commissioning Board
                  contact: help@example.org
                  privacy: https://example.org/privacy
                  licence: All rights reserved
                  accessibility_statement: |
                    We test this fictional site by hand.
                -- content/plans/test-2008-09/plan.yml --
                id: test-2008-09
                title: Test plan 2008/09
                commissioners: [Test PCT]
                period: 2008/09
                status: draft
                published: 2008-01-24
                """);
        Document d = page(out, "index.html");
        assertEquals(List.of("Accessibility statement", "Privacy", "Contact: help@example.org"),
                d.select("footer .footer-links li").eachText());
        assertEquals("Published by Test Commissioning Board.", d.select("footer p.owner").text());
        assertEquals("All content is available under the All rights reserved, except where otherwise stated.",
                d.select("footer p.licence").text());
        assertEquals("We test this fictional site by hand.", page(out, "accessibility.html").select("main .prose").text());
        assertEquals("Draft This plan is a draft: it may change before it is agreed.",
                page(out, "plans/test-2008-09/intentions/1-1-coding.html").select(".nhsuk-phase-banner").text());
    }

    @Test
    void aBadContactOrAddressIsAnError(@TempDir Path dir) {
        Path config = TestSites.write(dir.resolve("src"), """
                -- site-config.yml --
                title: Test commissioning intentions
                footer:
                  contact: call us
                  privacy: javascript:alert(1)
                """);
        assertEquals(List.of("site-config.yml:3:12: error: `contact` must be an email address or a web address"
                        + " starting https:// or http://; found `call us`",
                "site-config.yml:4:12: error: `privacy` must be a web address starting https:// or http://; found"
                        + " `javascript:alert(1)`"),
                SiteBuild.check(config).diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                        .toList());
    }
}
