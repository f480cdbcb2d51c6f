package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.testing.TestSites;

/** Byte-level hazards that cannot be written in a text fixture. */
class ContentFilesTest {
    @TempDir
    Path dir;

    private List<String> check(Path config) {
        return SiteBuild.check(config).diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void notUtf8IsReportedAtTheBadByte() throws IOException {
        Path config = TestSites.minimal(dir);
        byte[] latin1 = "priorities:\n  - id: diabetes\n    name: Diab\u00e8tes\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("content/priorities.yml"), latin1);
        List<String> out = check(config);
        assertTrue(out.contains("content/priorities.yml:3:15: error: file is not valid UTF-8 (save the file with UTF-8"
                + " encoding)"), out.toString());
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        Path config = TestSites.minimal(dir);
        Path p = dir.resolve("content/priorities.yml");
        Files.writeString(p, "\uFEFF" + Files.readString(p));
        assertEquals(List.of(), check(config));
    }

    @Test
    void symlinkOutOfContentIsNotFollowed() throws IOException {
        Path config = TestSites.minimal(dir);
        Path secret = Files.writeString(dir.resolve("secret.yml"), "id: x\n");
        Path link = dir.resolve("content/plans/test-2008-09/sections/2-link.yml");
        Files.createSymbolicLink(link, secret);
        List<String> out = check(config);
        assertEquals(List.of("content/plans/test-2008-09/sections/2-link.yml: error: symbolic link points outside the"
                + " content folder; it is not read"), out);
    }

    @Test
    void oversizedFileIsRefusedWithoutReading() throws IOException {
        Path config = TestSites.minimal(dir);
        String big = "priorities:\n  - id: diabetes\n    name: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n";
        Files.writeString(dir.resolve("content/priorities.yml"), big);
        List<String> out = check(config);
        assertEquals("content/priorities.yml: error: file is " + big.length() + " bytes; at most 3145728 bytes are read",
                out.get(0));
    }

    @Test
    void deepNestingIsAnErrorNotACrash() throws IOException {
        Path config = TestSites.minimal(dir);
        Files.writeString(dir.resolve("content/commissioning-groups.yml"),
                "groups: " + "[".repeat(20000) + "]".repeat(20000) + "\n");
        List<String> out = check(config);
        assertFalse(out.isEmpty());
        assertTrue(out.get(0).startsWith("content/commissioning-groups.yml"), out.toString());
        assertTrue(out.stream().anyMatch(l -> l.contains("error:")), out.toString());
    }
}
