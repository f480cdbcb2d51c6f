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

/** {@code open_data:} in site-config.yml: the licence defaults to OGL v3; a malformed ocid prefix or URL is an error at its line. */
class OpenDataConfigTest {
    @TempDir
    Path dir;

    private SiteConfig load(String yaml, Diagnostics diags) throws Exception {
        Path f = dir.resolve("site-config.yml");
        Files.writeString(f, yaml);
        return ConfigLoader.load(f, diags, Map.of()).orElseThrow();
    }

    @Test
    void defaultsToTheOpenGovernmentLicenceAndNoPrefix() throws Exception {
        Diagnostics diags = new Diagnostics();
        OpenData od = load("title: Fictional test site\n", diags).settings().openData();
        assertEquals(List.of(), diags.sorted());
        assertEquals("OGL-UK-3.0", od.licenceName());
        assertEquals("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", od.licenceUrl());
        assertEquals("", od.ocidPrefix());
    }

    @Test
    void readsALicenceAndAPrefix() throws Exception {
        Diagnostics diags = new Diagnostics();
        OpenData od = load("""
                title: Fictional test site
                open_data:
                  ocid_prefix: ocds-zz9zz9
                  licence:
                    name: CC-BY-4.0
                    title: Creative Commons Attribution 4.0
                    url: https://creativecommons.org/licenses/by/4.0/
                """, diags).settings().openData();
        assertEquals(List.of(), diags.sorted());
        assertEquals(new OpenData("CC-BY-4.0", "Creative Commons Attribution 4.0",
                "https://creativecommons.org/licenses/by/4.0/", "ocds-zz9zz9"), od);
    }

    @Test
    void aMalformedPrefixOrLicenceAddressIsAnErrorAtItsLine() throws Exception {
        Diagnostics diags = new Diagnostics();
        load("""
                title: Fictional test site
                open_data:
                  ocid_prefix: my-prefix
                  licence: {name: X, title: Y, url: "javascript:alert(1)"}
                """, diags);
        assertEquals(List.of(
                "site-config.yml:3:16: error: `ocid_prefix` must be the prefix the Open Contracting Partnership"
                        + " registered for you: `ocds-` and six lower-case letters or digits, such as ocds-a1b2c3",
                "site-config.yml:4:37: error: `licence.url` must be the http or https address of the licence text"),
                diags.sorted().stream().map(Diagnostic::format).toList());
    }
}
