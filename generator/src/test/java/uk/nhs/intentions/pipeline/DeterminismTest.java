package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.BundledSite;

/** Gate: two builds of the bundled site, in different folders at different times, are byte-identical trees. */
class DeterminismTest {
    @TempDir
    Path dir;

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void twoBuildsAtDifferentTimesInDifferentFoldersAreByteIdentical() throws Exception {
        BundledSite first = BundledSite.get(); // built earlier in this run, in its own temporary folder
        Thread.sleep(1100);
        BuildResult second = SiteBuild.build(BundledSite.CONFIG, dir.resolve("elsewhere/site"), Map.of());
        assertEquals(0, second.exitCode(), () -> second.diagnostics().toString());
        Thread.sleep(1100);
        // and a rebuild over the second (charts are reused from the previous site when their data is unchanged)
        BuildResult third = SiteBuild.build(BundledSite.CONFIG, dir.resolve("elsewhere/site"), Map.of());
        assertEquals(0, third.exitCode());

        List<String> a = files(first.out);
        List<String> b = files(dir.resolve("elsewhere/site"));
        assertEquals(a, b, "the same files");
        assertTrue(a.stream().anyMatch(f -> f.endsWith(".svg")) && a.contains("search-index.js")
                && a.contains("sitemap.xml") && a.contains("plans/west-herts-2008-09/data/datapackage.json")
                && a.contains("plans/west-herts-2008-09/data/plan.json")
                && a.contains("plans/west-herts-2008-09/documents/board-pack.pdf")
                && a.contains("plans/west-herts-2008-09/documents/providers/west-herts-hospitals.pdf"),
                "charts, search index, sitemap, data package and PDF documents are compared");
        List<String> differ = new ArrayList<>();
        for (String f : a) {
            if (!Arrays.equals(Files.readAllBytes(first.out.resolve(f)),
                    Files.readAllBytes(dir.resolve("elsewhere/site").resolve(f)))) {
                differ.add(f);
            }
        }
        assertEquals(List.of(), differ, "files whose bytes differ between the builds");
    }

    /** A build in a JVM under a Turkish locale (LC_ALL=tr_TR.UTF-8, where I lower-cases to ı) gives the same bytes. */
    @Test
    void aBuildUnderATurkishLocaleIsByteIdentical() throws Exception {
        BundledSite first = BundledSite.get();
        Path out = dir.resolve("tr/site");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "uk.nhs.intentions.cli.Main", "build", "--config",
                BundledSite.CONFIG.toString(), "--out", out.toString(), "--force", "-q");
        pb.environment().put("LC_ALL", "tr_TR.UTF-8");
        pb.environment().put("TZ", "Pacific/Kiritimati");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), said);
        List<String> a = files(first.out);
        assertEquals(a, files(out), "the same files");
        List<String> differ = new ArrayList<>();
        for (String f : a) {
            if (!Arrays.equals(Files.readAllBytes(first.out.resolve(f)), Files.readAllBytes(out.resolve(f)))) {
                differ.add(f);
            }
        }
        assertEquals(List.of(), differ, "files whose bytes differ under tr_TR");
    }
}
