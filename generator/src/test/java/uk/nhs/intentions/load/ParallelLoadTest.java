package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.synth.SyntheticSite;

/** Plans and section files are read in parallel; what is reported must not depend on timing. */
class ParallelLoadTest {
    @TempDir
    Path dir;

    @Test
    void theSameProblemsAreReportedOnEveryRun() throws IOException {
        SyntheticSite.generate(dir, 2500, 4);
        List<Path> plans;
        try (Stream<Path> s = Files.list(dir.resolve("content/plans"))) {
            plans = s.sorted().toList();
        }
        Files.writeString(plans.get(0).resolve("sections/9-extra.yml"), "id: [unclosed\n");
        Files.writeString(plans.get(1).resolve("sections/9-empty.yml"), "");
        Files.writeString(plans.get(2).resolve("sections/9-empty.yml"), "# only a comment\n");
        Path config = dir.resolve("site-config.yml");
        List<Diagnostic> first = SiteBuild.check(config).diagnostics();
        long empty = first.stream().filter(d -> d.message().equals("file is empty")).count();
        assertEquals(2, empty, first.toString());
        assertTrue(first.stream().anyMatch(d -> d.message().startsWith("malformed YAML")), first.toString());
        for (int run = 0; run < 5; run++) {
            assertEquals(first, SiteBuild.check(config).diagnostics());
        }
    }
}
