package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at every publishing step: a child JVM publishes and waits at step n, the test kills it with SIGKILL
 * there, and checks that the output shows one complete site (the old or the new) and that the next build
 * leaves nothing behind. Also the folder permissions a web server needs, under two umasks.
 */
@EnabledOnOs(OS.LINUX)
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void killedAtAnyStepOverAnEarlierSiteTheOutputIsTheOldOrTheNewSiteAndTheNextBuildTidies() throws Exception {
        List<String> steps = run(prepared(dir.resolve("probe")), 3, -1, "022");
        assertEquals(List.of("staged", "writing", "completed", "linked", "switched", "retired", "deleted"), steps);
        for (int i = 0; i < steps.size(); i++) {
            Path out = prepared(dir.resolve("kill-" + i));
            assertEquals(steps.get(i), run(out, 3, i, "022").get(i));
            Map<String, String> seen = SiteVersions.read(out);
            String step = steps.get(i);
            assertTrue(seen.equals(SiteVersions.files(2)) || seen.equals(SiteVersions.files(3)),
                    () -> "killed at " + step + ", the output shows " + seen);
            SiteVersions.publish(out, 4);
            assertEquals(SiteVersions.files(4), SiteVersions.read(out), step);
            assertNoLeftovers(out, step);
        }
    }

    @Test
    void killedAtAnyStepOfMigratingAnOlderVersionsFolderTheSiteIsKept() throws Exception {
        List<String> steps = run(legacy(dir.resolve("probe")), 2, -1, "022");
        assertEquals(List.of("linked", "migrated", "staged", "writing", "completed", "linked", "switched"), steps);
        for (int i = 0; i < steps.size(); i++) {
            Path out = legacy(dir.resolve("kill-" + i));
            run(out, 2, i, "022");
            String step = steps.get(i);
            if (step.equals("migrated")) {
                // the one instant a folder cannot be atomically replaced by a link: the old site waits in a release
                assertFalse(Files.exists(out));
                assertEquals(legacySite(), SiteVersions.read(out.resolveSibling(".site.releases/1/site")));
            } else {
                Map<String, String> seen = SiteVersions.read(out);
                assertTrue(seen.equals(legacySite()) || seen.equals(SiteVersions.files(2)),
                        () -> "killed at " + step + ", the output shows " + seen);
            }
            SiteVersions.publish(out, 4);
            assertEquals(SiteVersions.files(4), SiteVersions.read(out), step);
            assertNoLeftovers(out, step);
        }
    }

    @Test
    void theOutputIsReadableByOthersAndHonoursTheUmask() throws Exception {
        Path out = dir.resolve("a/site");
        run(out, 1, -1, "022");
        Path site = out.toRealPath();
        for (Path d : List.of(site, site.resolve("a"), site.resolve("a/b"), site.getParent(),
                dir.resolve("a/.site.releases"))) {
            assertEquals("rwxr-xr-x", mode(d), d.toString());
        }
        assertEquals("rw-r--r--", mode(site.resolve("index.html")));
        assertEquals("rw-r--r--", mode(site.resolve("a/b/deep.html")));

        Path strict = dir.resolve("b/site");
        run(strict, 1, -1, "027");
        assertEquals("rwxr-x---", mode(strict.toRealPath()));
        assertEquals("rw-r-----", mode(strict.toRealPath().resolve("a/page.html")));
        // and a rebuild in a normal shell gives normal modes again
        run(strict, 2, -1, "022");
        assertEquals("rwxr-xr-x", mode(strict.toRealPath()));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** An output with two releases published (1 and 2), so publishing 3 also retires release 1. */
    private static Path prepared(Path base) throws IOException {
        Path out = base.resolve("site");
        SiteVersions.publish(out, 1);
        SiteVersions.publish(out, 2);
        return out;
    }

    /** A real output folder as versions before the release layout wrote it. */
    private static Path legacy(Path base) throws IOException {
        Path out = base.resolve("site");
        for (var e : legacySite().entrySet()) {
            Files.createDirectories(out.resolve(e.getKey()).getParent());
            Files.writeString(out.resolve(e.getKey()), e.getValue());
        }
        return out;
    }

    private static Map<String, String> legacySite() {
        Map<String, String> m = new TreeMap<>(SiteVersions.files(1));
        m.put(Publisher.MARKER, "This folder is written by the intentions generator and replaced on every build.\n");
        return m;
    }

    private static void assertNoLeftovers(Path out, String step) throws IOException {
        assertEquals(List.of(".site.releases", "site"), PublisherTest.names(out.getParent()), step);
        List<String> releases = PublisherTest.names(out.resolveSibling(".site.releases"));
        assertEquals(2, releases.size(), () -> step + ": " + releases);
        assertTrue(releases.stream().allMatch(n -> n.matches("[0-9]+")), () -> step + ": " + releases);
    }


    /**
     * Publishes {@code version} to {@code out} in a child JVM under {@code umask}; with {@code stop} >= 0 kills it
     * with SIGKILL while it waits at that step. Returns the steps it announced.
     */
    private static List<String> run(Path out, int version, int stop, String umask) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c",
                "umask " + umask + " && exec \"$0\" -cp \"$1\" " + PublishChild.class.getName() + " \"$2\" \"$3\" \"$4\"",
                java, System.getProperty("java.class.path"), out.toString(), Integer.toString(version),
                Integer.toString(stop));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        List<String> steps = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("AT ")) {
                    String[] f = line.split(" ");
                    steps.add(f[2]);
                    if (Integer.parseInt(f[1]) == stop) {
                        p.destroyForcibly(); // SIGKILL on Linux
                        break;
                    }
                } else if (line.equals("DONE")) {
                    break;
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child ended");
        if (stop < 0) {
            assertEquals(0, p.exitValue(), "the child published");
        } else {
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
            assertTrue(steps.size() == stop + 1, "it reached the step");
        }
        p.getOutputStream().close();
        return steps;
    }
}
