package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nu.validator.client.EmbeddedValidator;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.BundledSite;
import uk.nhs.intentions.testing.EveryTemplateSite;

/**
 * Gate: every page of the bundled site, of the example consultation site and of the every-template fixture (plain and hostile text) passes the
 * Nu HTML Checker with zero errors. All pages are validated in this one JVM (the checker's first call is slow).
 */
class HtmlValidityTest {
    static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"alert(1) ";

    private static EmbeddedValidator validator;

    @BeforeAll
    static void validator() {
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true);
    }

    /** Validates every HTML file under {@code site}; returns "page: message" for each error. */
    static List<String> errors(Path site) {
        List<String> errors = new ArrayList<>();
        try (Stream<Path> s = Files.walk(site, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String page = site.relativize(p).toString().replace('\\', '/');
                String out = validator.validate(p);
                for (String line : out.split("\n")) {
                    if (line.contains(": error: ") || line.contains(": fatal: ") || line.contains("error:")) {
                        errors.add(page + line.substring(line.indexOf('"', 1) + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }

    private static void assertValid(Path site) {
        List<String> errors = errors(site);
        assertTrue(errors.isEmpty(), () -> errors.size() + " HTML errors:\n" + String.join("\n", errors));
    }

    @Test
    void bundledSiteIsValidHtml() {
        BundledSite site = BundledSite.get();
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
        assertTrue(site.htmlPages().size() > 100);
        assertValid(site.out);
    }

    @Test
    void multiPlanFixtureIsValidHtml() {
        BundledSite site = BundledSite.multi();
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
        assertTrue(site.htmlPages().size() >= 20);
        assertValid(site.out);
    }

    @Test
    void comparisonFixtureIsValidHtml() {
        BundledSite site = BundledSite.compare();
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
        assertTrue(site.htmlPages().contains("compare/diabetes/upper-fictionshire-pct.html"));
        assertValid(site.out);
    }

    @Test
    void exampleConsultationSiteIsValidHtml() {
        BundledSite site = BundledSite.example();
        assertEquals(0, site.result.exitCode(), () -> site.result.diagnostics().toString());
        assertTrue(site.htmlPages().size() >= 30);
        assertValid(site.out);
    }

    @Test
    void everyTemplateWithPlainTextIsValidHtml(@TempDir Path dir) {
        assertValid(build(dir, n -> "Text f" + n));
    }

    @Test
    void everyTemplateWithHostileTextIsValidHtml(@TempDir Path dir) {
        assertValid(build(dir, n -> HOSTILE + "f" + n));
    }

    static Path build(Path dir, java.util.function.IntFunction<String> text) {
        EveryTemplateSite.Written w = EveryTemplateSite.write(dir.resolve("src"), text);
        BuildResult r = SiteBuild.build(w.config(), dir.resolve("out"));
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());
        return dir.resolve("out");
    }
}
