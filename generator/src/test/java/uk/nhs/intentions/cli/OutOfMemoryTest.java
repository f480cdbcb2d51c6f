package uk.nhs.intentions.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.support.HeapLimit;
import uk.nhs.intentions.synth.SyntheticSite;

/** A site too big for the heap it is given: a plain message and exit code 5, never a stack trace, and no harm done. */
class OutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void theMessageGivesTheLimitAndTwiceItAsTheWayOut() {
        String said = OutOfMemory.message(HeapLimit.ofBytes(1L << 30));
        assertTrue(said.startsWith("intentions: out of memory: this site needs more than the 1024 MiB of heap Java"
                + " was given. The published site is whole: a build replaces it all at once or not at all."), said);
        assertTrue(said.contains("INTENTIONS_OPTS=\"-Xmx2g -XX:+UseParallelGC -XX:TieredStopAtLevel=1\" bin/intentions"
                + " build --no-daemon"), said);
        assertTrue(OutOfMemory.message(HeapLimit.ofBytes(448L << 20)).contains("-Xmx1g"), "448 MiB doubled, in whole GiB");
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysSoExitsWithFiveAndLeavesThePreviousSite() throws Exception {
        SyntheticSite.generate(dir, 2000, 1);
        Path config = dir.resolve("site-config.yml");
        Path out = dir.resolve("site");
        assertEquals(0, Main.run("build", "--config", config.toString(), "--out", out.toString(), "-q"));
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        // the same site again, in a child JVM whose heap cannot hold it
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "uk.nhs.intentions.cli.Main", "build", "--config",
                config.toString(), "--out", out.toString(), "--force", "-q", "--no-daemon");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child ended");

        assertEquals(5, p.exitValue(), said);
        // (the test class path has a logging library the jar has not, whose warnings may come first)
        assertTrue(said.lines().anyMatch(l -> l.startsWith("intentions: out of memory: this site needs more than the ")
                && l.endsWith(" MiB of heap Java was given. The published site is whole: a build replaces it all at once or not at all.")),
                said);
        assertFalse(said.contains("at uk.nhs") || said.contains("Exception in thread"), "no stack trace: " + said);
        assertArrayEquals(before, Files.readAllBytes(out.resolve("index.html")), "the previous site is as it was");
    }
}
