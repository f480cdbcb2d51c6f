package uk.nhs.intentions.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import uk.nhs.intentions.testing.TestSites;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void aPortInUseIsAClearUsageError() throws Exception {
        Path config = TestSites.minimal(dir);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertEquals(2, run("serve", "--config", config.toString(), "--port", String.valueOf(port)));
            assertEquals("intentions serve: port " + port + " is already in use on 127.0.0.1. Stop the other"
                    + " program, or choose another port with --port N (--port 0 picks a free one).\n",
                    err.toString());
            assertFalse(err.toString().contains("Exception"));
        }
    }

    @Test
    void aMissingConfigurationIsAUsageError() {
        assertEquals(2, run("serve", "--config", dir.resolve("nope.yml").toString(), "--port", "0"));
        assertTrue(err.toString().startsWith("intentions serve: configuration file not found"), err.toString());
    }

    @Test
    void serveIsListedInTheHelp() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("serve"), out.toString());
    }
}
