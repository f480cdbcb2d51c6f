package uk.nhs.intentions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/**
 * Each file under bad/ is a broken content tree (on top of the minimal site) with the exact diagnostics it must
 * produce, one per line, in the `-- expected --` section.
 */
class BadContentTest {
    @TempDir
    Path dir;

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path bad = Path.of(BadContentTest.class.getClassLoader().getResource("bad").toURI());
        try (Stream<Path> s = Files.list(bad)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txtar")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactDiagnostics(String name) throws IOException {
        String txtar = TestSites.resource("bad/" + name);
        Path config = TestSites.write(dir, txtar);
        BuildResult result = SiteBuild.check(config);
        List<String> actual = result.diagnostics().stream().map(Diagnostic::format).toList();
        String expected = TestSites.parse(txtar).getOrDefault("expected", "").strip();
        if (!expected.equals(String.join("\n", actual))) {
            // Leaves the actual output beside the build for a reviewer to compare and, if right, adopt.
            Path out = Path.of("target", "bad-actual", name.replace(".txtar", ".txt"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, String.join("\n", actual) + "\n");
        }
        assertEquals(expected, String.join("\n", actual), "diagnostics for " + name);
    }

    /**
     * A build of each case never throws, publishes nothing when there are errors, and writes nothing outside its
     * output folder; a case's {@code -- expected-in <site path> --} sections must appear verbatim in that file,
     * and its {@code -- expected-build --} section, when present, lists the build's exact diagnostics.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildsSafely(String name) throws IOException {
        String txtar = TestSites.resource("bad/" + name);
        Path config = TestSites.write(dir.resolve("src"), txtar);
        Set<String> before = tree(dir);
        BuildResult result = SiteBuild.build(config, dir.resolve("out"));
        Set<String> after = tree(dir);
        after.removeAll(before);
        Path out = dir.resolve("out");
        // the output is a link to a release kept beside it, in `.out.releases/` (see publish.Release)
        assertTrue(after.stream().allMatch(p -> p.equals("out") || p.startsWith("out/") || p.equals(".out.releases")
                || p.startsWith(".out.releases/")), () -> "written outside the output: " + after);
        if (result.hasErrors()) {
            assertFalse(Files.exists(out), "a build with errors publishes nothing");
        }
        for (var e : TestSites.parse(txtar).entrySet()) {
            if (e.getKey().equals("expected-build")) {
                assertEquals(e.getValue().strip(), String.join("\n", result.diagnostics().stream()
                        .map(Diagnostic::format).toList()), "build diagnostics for " + name);
            }
            if (e.getKey().startsWith("expected-in ")) {
                assertEquals(0, result.exitCode(), () -> result.diagnostics().toString());
                String page = Files.readString(out.resolve(e.getKey().substring("expected-in ".length()).strip()));
                String want = e.getValue().strip();
                assertTrue(page.contains(want), () -> name + ": page lacks\n" + want + "\n--- page ---\n" + page);
            }
        }
    }

    private static Set<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString().replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
