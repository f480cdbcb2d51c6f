package uk.nhs.intentions.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.nhs.intentions.build.BuildResult;
import uk.nhs.intentions.build.SiteBuild;
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
}
