package uk.nhs.intentions.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.diagnostic.Diagnostic;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.model.OpenData;

/** {@code open_data:} in site-config.yml: no OCDS prefix unless given; a malformed one or an unknown field is an error at its line. */
class OpenDataConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Diagnostics diags) throws Exception {
        Path f = dir.resolve("site-config.yml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, diags, Map.of()).orElseThrow();
    }

    @Test
    void noPrefixByDefault() throws Exception {
        Diagnostics diags = new Diagnostics();
        OpenData od = load("title: Fictional test site\n", diags).settings().openData();
        assertEquals(List.of(), diags.sorted());
        assertEquals(OpenData.NONE, od);
    }

    @Test
    void readsThePrefix() throws Exception {
        Diagnostics diags = new Diagnostics();
        OpenData od = load("""
                title: Fictional test site
                open_data:
                  ocid_prefix: ocds-zz9zz9
                """, diags).settings().openData();
        assertEquals(List.of(), diags.sorted());
        assertEquals(new OpenData("ocds-zz9zz9"), od);
    }

    @Test
    void aMalformedPrefixOrAnUnknownFieldIsAnErrorAtItsLine() throws Exception {
        Diagnostics diags = new Diagnostics();
        load("""
                title: Fictional test site
                open_data:
                  ocid_prefix: my-prefix
                  licence: OGL
                """, diags);
        assertEquals(List.of(
                "site-config.yml:3:16: error: `ocid_prefix` must be the prefix the Open Contracting Partnership"
                        + " registered for you: `ocds-` and six lower-case letters or digits, such as ocds-a1b2c3"),
                diags.sorted().stream().filter(d -> d.message().contains("ocid")).map(Diagnostic::format).toList());
        assertEquals(1, diags.sorted().stream().filter(d -> d.format().startsWith("site-config.yml:4:3: error:")).count(),
                diags.sorted()::toString);
    }
}
