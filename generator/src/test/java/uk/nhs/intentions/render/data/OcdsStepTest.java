package uk.nhs.intentions.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.intentions.testing.BundledSite;
import uk.nhs.intentions.testing.JsonSchemas;

/**
 * The OCDS release package of the example plan validates against the official OCDS 1.1.5 release-package
 * schema with no error, a broken copy does not, and its releases say what the plan says: one contracting
 * process per intention, a release per closed round and for the current version, the buyer, the providers
 * affected and the rounds as milestones, with dates from the content only.
 */
class OcdsStepTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path FILE = BundledSite.example().out.resolve("plans/exampleshire-2026-27/data/ocds-release-package.json");

    @Test
    void theReleasePackageValidatesAgainstOcds115() throws IOException {
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.ocdsReleasePackage(), Files.readString(FILE)));
    }

    @Test
    void aBrokenPackageFails() throws IOException {
        ObjectNode pkg = (ObjectNode) JSON.readTree(Files.readString(FILE));
        ((ObjectNode) pkg.get("releases").get(0)).remove("date");
        ((ObjectNode) pkg.get("releases").get(1)).put("initiationType", "auction");
        List<String> errors = JsonSchemas.errors(JsonSchemas.ocdsReleasePackage(), JSON.writeValueAsString(pkg));
        assertTrue(errors.stream().anyMatch(e -> e.contains("date")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("initiationType")), errors::toString);
    }

    @Test
    void oneProcessPerIntentionWithAReleasePerVersion() throws IOException {
        JsonNode pkg = JSON.readTree(Files.readString(FILE));
        assertEquals("2026-04-20T00:00:00Z", pkg.get("publishedDate").asString());
        List<String> releases = new ArrayList<>();
        for (JsonNode r : pkg.get("releases")) {
            releases.add(r.get("id").asString() + " " + r.get("date").asString().substring(0, 10) + " "
                    + r.get("tag").get(0).asString() + " " + r.get("tender").get("status").asString());
        }
        String p = "ocds-exampl-exampleshire-2026-27-";
        assertEquals(List.of(
                p + "1-1-waiting-times-first-draft-2026-01 2026-01-12 planning planning",
                p + "1-2-diabetes-clinics-first-draft-2026-01 2026-01-12 planning planning",
                p + "1-3-outpatient-letters-first-draft-2026-01 2026-01-12 planning planning",
                p + "2-1-community-beds-first-draft-2026-01 2026-01-12 planning planning",
                p + "2-2-hospice-at-home-first-draft-2026-01 2026-01-12 planning planning",
                p + "2-3-talking-therapies-first-draft-2026-01 2026-01-12 planning planning",
                p + "2-4-minor-injuries-first-draft-2026-01 2026-01-12 planning planning",
                p + "1-1-waiting-times-current 2026-04-20 planningUpdate planning",
                p + "1-2-diabetes-clinics-current 2026-04-20 planningUpdate planning",
                p + "2-1-community-beds-current 2026-04-20 planningUpdate planning",
                p + "2-2-hospice-at-home-current 2026-04-20 planningUpdate planning",
                p + "2-3-talking-therapies-current 2026-04-20 planningUpdate planning",
                p + "2-4-minor-injuries-current 2026-04-20 planningUpdate planning",
                p + "2-5-carers-breaks-current 2026-04-20 planning planning",
                p + "1-3-outpatient-letters-current 2026-04-20 planningUpdate withdrawn"), releases);
    }

    @Test
    void buyerSuppliersMilestonesAndTheIntentionPage() throws IOException {
        JsonNode pkg = JSON.readTree(Files.readString(FILE));
        JsonNode carers = null;
        for (JsonNode r : pkg.get("releases")) {
            if (r.get("id").asString().endsWith("2-5-carers-breaks-current")) {
                carers = r;
            }
        }
        assertEquals("Exampleshire Integrated Care Board (fictional)", carers.get("buyer").get("name").asString());
        List<String> parties = new ArrayList<>();
        carers.get("parties").forEach(x -> parties.add(x.get("id").asString() + " " + x.get("roles").get(0).asString()));
        assertEquals(List.of("commissioner-exampleshire-integrated-care-board-fictional buyer",
                "exampleshire-community notifiedPotentialSupplier", "meadow-hospice notifiedPotentialSupplier"), parties);
        JsonNode planning = carers.get("planning");
        assertEquals("https://example.org/exampleshire/plans/exampleshire-2026-27/intentions/2-5-carers-breaks.html",
                planning.get("documents").get(0).get("url").asString());
        List<String> milestones = new ArrayList<>();
        planning.get("milestones").forEach(m -> milestones.add(m.get("id").asString() + " " + m.get("status").asString()));
        assertEquals(List.of("first-draft-2026-01 met", "revised-draft-2026-04 scheduled"), milestones);
    }

    @Test
    void noFileWithoutARegisteredPrefix() {
        // the real plan has no ocid prefix configured (none is registered) and no date: no OCDS file
        assertFalse(Files.exists(BundledSite.get().out.resolve("plans/west-herts-2008-09/data/ocds-release-package.json")));
    }
}
