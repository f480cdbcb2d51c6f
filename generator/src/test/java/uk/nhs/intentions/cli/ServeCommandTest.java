package uk.nhs.intentions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.testing.TestSites;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aPortInUseIsAClearUsageError() throws Exception {
        Path config = TestSites.minimal(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals(2, run("serve", "--config", config.toString(), "--port", String.valueOf(port)));
            assertEquals("intentions serve: port " + port + " is already in use on 127.0.0.1. Stop the other"
                    + " program, or choose another port with --port N (--port 0 picks a free one).\n",
                    cli.err());
            assertFalse(cli.err().contains("Exception"));
        }
    }

    @Test
    void aSecondServeForTheSameSiteIsAClearUsageError() throws Exception {
        Path config = TestSites.minimal(dir);
        Path folder = java.nio.file.Files.createDirectories(dir.resolve(".intentions-serve"));
        // the first serve: holds the lock on its folder as a serve in another terminal does
        try (java.nio.channels.FileChannel first = java.nio.channels.FileChannel.open(folder.resolve("serve.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = first.lock()) {
            assertEquals(2, run("serve", "--config", config.toString(), "--port", "0"));
            assertEquals("intentions serve: another `intentions serve` is already running for this site (it holds "
                    + folder.toAbsolutePath().normalize() + "). Use that one, or stop it (Ctrl-C in its terminal)"
                    + " and start again.\n", cli.err());
        }
    }

    @Test
    void aMissingConfigurationIsAUsageError() {
        assertEquals(2, run("serve", "--config", dir.resolve("nope.yml").toString(), "--port", "0"));
        assertTrue(cli.err().startsWith("intentions serve: configuration file not found"), cli.err());
    }

    @Test
    void serveIsListedInTheHelp() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out().contains("serve"), cli.out());
    }
}
