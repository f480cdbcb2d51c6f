package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.Documents;

/** {@code documents:} in site-config.yml: every PDF by default; each switched off by name; a bad value is an error. */
class DocumentsConfigTest {
    @TempDir
    Path dir;

    private Documents load(String yaml, Diagnostics diags) throws Exception {
        Path f = dir.resolve("site-config.yml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, diags, Map.of()).orElseThrow().settings().openData().documents();
    }

    @Test
    void everyDocumentByDefault() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertEquals(new Documents(true, true), load("title: Fictional test site\n", diags));
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void eachCanBeSwitchedOff() throws Exception {
        Diagnostics diags = new Diagnostics();
        assertEquals(new Documents(false, true), load("title: Fictional\ndocuments:\n  board_pack: false\n", diags));
        assertEquals(new Documents(true, false), load("title: Fictional\ndocuments:\n  provider_packs: none\n", diags));
        assertEquals(List.of(), diags.sorted());
    }

    @Test
    void aValueOutsideTheChoicesIsAnErrorAtItsLine() throws Exception {
        Diagnostics diags = new Diagnostics();
        load("title: Fictional\ndocuments:\n  board_pack: yes please\n  provider_packs: some\n", diags);
        assertEquals(List.of(
                "site-config.yml:3:15: error: field `board_pack` must be one of true, false; found `yes please`",
                "site-config.yml:4:19: error: field `provider_packs` must be one of all, none; found `some`"),
                diags.sorted().stream().map(uk.nhs.intentions.diagnostic.Diagnostic::format).toList());
    }
}
