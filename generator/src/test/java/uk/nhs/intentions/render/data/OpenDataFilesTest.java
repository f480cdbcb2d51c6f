package uk.nhs.intentions.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.BundledSite;

/**
 * The open-data files of the example site (data package, plan.json, OCDS, feeds) are byte-identical in a
 * second build elsewhere, and docs/open-data.md documents every table and column the packages have.
 */
class OpenDataFilesTest {
    @TempDir
    Path dir;

    @Test
    void twoBuildsGiveIdenticalDataFilesFeedsAndReleases() throws IOException {
        BuildResult again = SiteBuild.build(BundledSite.EXAMPLE_CONFIG, dir.resolve("site"), Map.of());
        assertEquals(0, again.exitCode(), () -> again.diagnostics().toString());
        List<String> files = dataFiles(BundledSite.example().out);
        assertEquals(files, dataFiles(dir.resolve("site")));
        assertTrue(files.contains("plans/exampleshire-2026-27/data/ocds-release-package.json")
                && files.contains("plans/exampleshire-2026-27/feed.atom")
                && files.contains("providers/riverside-hospitals.atom") && files.contains("schemas/plan-1.0.schema.json"),
                files::toString);
        List<String> differ = new ArrayList<>();
        for (String f : files) {
            if (!Arrays.equals(Files.readAllBytes(BundledSite.example().out.resolve(f)),
                    Files.readAllBytes(dir.resolve("site").resolve(f)))) {
                differ.add(f);
            }
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void theDocsDescribeEveryTableAndColumn() throws IOException {
        String docs = Files.readString(Path.of("../docs/open-data.md"));
        JsonNode pkg = new ObjectMapper().readTree(Files.readString(
                BundledSite.example().out.resolve("plans/exampleshire-2026-27/data/datapackage.json")));
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").asString();
            int at = docs.indexOf("### `" + path + "`");
            assertTrue(at >= 0, "docs/open-data.md has no section for " + path);
            int end = docs.indexOf("\n### ", at + 1);
            String section = docs.substring(at, end < 0 ? docs.length() : end);
            List<String> documented = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(section);
            while (m.find()) {
                documented.add(m.group(1));
            }
            List<String> columns = new ArrayList<>();
            r.get("schema").get("fields").forEach(f -> columns.add(f.get("name").asString()));
            assertEquals(columns, documented, path);
        }
    }

    private static List<String> dataFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> f.contains("/data/") || f.endsWith(".atom") || f.startsWith("schemas/"))
                    .sorted().toList();
        }
    }
}
