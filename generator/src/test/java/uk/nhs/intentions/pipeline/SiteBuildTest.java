package uk.nhs.intentions.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.TestSites;

class SiteBuildTest {
    @TempDir
    Path dir;

    @Test
    void failedBuildLeavesTheEarlierSiteUntouched() throws IOException {
        Path config = TestSites.minimal(dir.resolve("src"));
        Path out = dir.resolve("out");
        assertEquals(0, SiteBuild.build(config, out).exitCode());
        Map<String, byte[]> before = tree(out);
        Files.writeString(dir.resolve("src/content/priorities.yml"), "priorities: [\n");
        BuildResult broken = SiteBuild.build(config, out);
        assertEquals(1, broken.exitCode());
        assertEquals(0, broken.pages());
        Map<String, byte[]> after = tree(out);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    }

    @Test
    void twoBuildsInDifferentFoldersAreByteIdentical() throws IOException {
        Path a = SiteBuild.build(TestSites.minimal(dir.resolve("a")), dir.resolve("a-out")).output();
        Path b = SiteBuild.build(TestSites.minimal(dir.resolve("b")), dir.resolve("b-out")).output();
        Map<String, byte[]> ta = tree(a);
        Map<String, byte[]> tb = tree(b);
        assertEquals(ta.keySet(), tb.keySet());
        ta.forEach((k, v) -> assertArrayEquals(v, tb.get(k), k));
        assertTrue(ta.size() > 4);
    }

    @Test
    void buildWritesHomeSectionAndIntentionPages() throws IOException {
        BuildResult r = SiteBuild.build(TestSites.minimal(dir), dir.resolve("out"));
        assertEquals(List.of(), r.diagnostics());
        assertTrue(Files.exists(r.output().resolve("index.html")));
        assertTrue(Files.exists(r.output().resolve("plans/test-2008-09/sections/acute.html")));
        assertTrue(Files.exists(r.output().resolve("plans/test-2008-09/intentions/1-2-diabetes.html")));
        assertTrue(Files.exists(r.output().resolve("assets/site.css")));
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
