package uk.nhs.intentions.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a daemon listens: a folder only its user can open (whoever reaches the socket runs builds as that user),
 * and one daemon per jar and JVM options.
 */
class DaemonPlaceTest {
    static final List<String> JAVA = List.of("/opt/jdk/bin/java", "-Xmx1g", "-jar", "intentions.jar", "daemon");

    @TempDir
    Path dir;

    @Test
    void itsFolderIsMadeForTheUserAlone() throws IOException {
        DaemonPlace place = DaemonPlace.of(jar(), JAVA, runtime()).orElseThrow();
        assertEquals(dir.resolve("run/intentions"), place.folder());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(place.folder())));
        assertTrue(place.socket().getFileName().toString().matches("[0-9a-f]{16}\\.sock"), place.socket().toString());
        assertEquals(place.folder(), place.socket().getParent());
        assertEquals(place.socket().getFileName().toString().replace(".sock", ".lock"),
                place.lock().getFileName().toString());
    }

    @Test
    void aFolderOthersCanOpenIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("run/intentions"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(dir.resolve("run/intentions"), PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(Optional.empty(), DaemonPlace.of(jar(), JAVA, runtime()));
    }

    @Test
    void aSymbolicLinkInPlaceOfTheFolderIsRefused() throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createDirectories(dir.resolve("run"));
        Files.createSymbolicLink(dir.resolve("run/intentions"), elsewhere);
        assertEquals(Optional.empty(), DaemonPlace.of(jar(), JAVA, runtime()));
    }

    @Test
    void anotherJarOrOtherOptionsGetADaemonOfTheirOwnButAClassArchiveDoesNot() throws IOException {
        Path jar = jar();
        Path socket = DaemonPlace.of(jar, JAVA, runtime()).orElseThrow().socket();
        assertEquals(socket, DaemonPlace.of(jar, List.of("/opt/jdk/bin/java", "-Xmx1g",
                "-XX:SharedArchiveFile=/x/intentions-1.jsa", "-Xlog:cds=off", "-jar", "intentions.jar", "daemon"),
                runtime()).orElseThrow().socket());
        assertNotEquals(socket, DaemonPlace.of(jar, List.of("/opt/jdk/bin/java", "-Xmx2g", "-jar", "intentions.jar",
                "daemon"), runtime()).orElseThrow().socket());
        Files.writeString(jar, "a rebuilt jar, of another size");
        assertNotEquals(socket, DaemonPlace.of(jar, JAVA, runtime()).orElseThrow().socket());
    }

    @Test
    void withoutARuntimeFolderItUsesTheTemporaryFolder() throws IOException {
        DaemonPlace place = DaemonPlace.of(jar(), JAVA, Map.of()).orElseThrow();
        assertEquals(Path.of(System.getProperty("java.io.tmpdir")), place.folder().getParent());
        assertTrue(place.folder().getFileName().toString().matches("intentions-[0-9]+"), place.folder().toString());
    }

    @Test
    void theDaemonFindsItsPlaceFromItsSocket() throws IOException {
        DaemonPlace place = DaemonPlace.of(jar(), JAVA, runtime()).orElseThrow();
        assertEquals(place, DaemonPlace.at(place.socket()));
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("intentions.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "a jar");
        }
        return jar;
    }

    private Map<String, String> runtime() throws IOException {
        return Map.of("XDG_RUNTIME_DIR", Files.createDirectories(dir.resolve("run")).toString());
    }
}
