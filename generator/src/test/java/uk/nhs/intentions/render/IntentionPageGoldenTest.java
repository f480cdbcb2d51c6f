package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;

/**
 * Golden file: the {@code <main>} of one intention page of a tiny fixture site (a two-part intention with a
 * provider group, a priority, a commissioning group, narrative and a meeting), so a reviewer sees the whole
 * rendered page. Only {@code <main>} is compared, so layout changes elsewhere do not disturb it.
 * Regenerate after an intended change with {@code mvn test -Dgolden.update=true}.
 */
class IntentionPageGoldenTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/tiny");
    private static final Path GOLDEN = FIXTURE.resolve("expected/intention-1-2-diabetes.main.html");

    @Test
    void intentionPageMatchesGoldenFile(@TempDir Path tmp) throws IOException {
        BuildResult result = SiteBuild.build(FIXTURE.resolve("site-config.yml"), tmp.resolve("site"));
        assertEquals(0, result.exitCode(), () -> result.diagnostics().toString());
        Document d = Jsoup.parse(tmp.resolve("site/plans/tiny-2026-27/intentions/1-2-diabetes.html").toFile(),
                "UTF-8");
        d.outputSettings().prettyPrint(true).indentAmount(1);
        String actual = d.selectFirst("main").outerHtml().strip() + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "rendered intention page differs from " + GOLDEN + " (rerun with -Dgolden.update=true if intended)");
    }
}
