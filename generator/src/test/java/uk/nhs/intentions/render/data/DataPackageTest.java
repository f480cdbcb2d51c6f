package uk.nhs.intentions.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import uk.nhs.intentions.index.SiteIndex;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.support.Sha256;
import uk.nhs.intentions.testing.BundledSite;
import uk.nhs.intentions.testing.JsonSchemas;

/**
 * Each plan's data package: datapackage.json is a valid Data Package v2 descriptor; every CSV it lists parses
 * as RFC 4180 with the schema's columns, its size and hash as declared, unique primary keys and foreign keys
 * that resolve; the rows say what the model says (direct and through-group impacts included); plan.json
 * follows its published schema.
 */
class DataPackageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String WEST_HERTS = "plans/west-herts-2008-09/data/";
    static final String EXAMPLE = "plans/exampleshire-2026-27/data/";

    @Test
    void theDescriptorsAreValidDataPackagesOfVersion2() {
        for (Path dir : List.of(BundledSite.get().out.resolve(WEST_HERTS), BundledSite.example().out.resolve(EXAMPLE))) {
            String descriptor = JsonSchemas.read(dir.resolve("datapackage.json"));
            assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.dataPackage(), descriptor), dir.toString());
            JsonNode pkg = JSON.readTree(descriptor);
            assertEquals("https://datapackage.org/profiles/2.0/datapackage.json", pkg.get("$schema").asString());
            assertEquals("OGL-UK-3.0", pkg.get("licenses").get(0).get("name").asString());
            assertEquals(List.of("sections", "intentions", "providers", "provider-memberships", "intention-providers",
                    "priorities", "intention-priorities", "commissioning-groups", "intention-groups", "budget-figures",
                    "rounds", "responses", "response-intentions", "changes", "budget-changes"),
                    names(pkg.get("resources")));
        }
    }

    @Test
    void aBrokenDescriptorFailsTheProfile() {
        String broken = "{\"name\": \"x\", \"resources\": [{\"title\": \"no name, no path\"}]}";
        assertFalse(JsonSchemas.errors(JsonSchemas.dataPackage(), broken).isEmpty());
    }

    @Test
    void everyTableParsesWithItsSchemaSizeHashAndKeys() throws IOException {
        for (Path dir : List.of(BundledSite.get().out.resolve(WEST_HERTS), BundledSite.example().out.resolve(EXAMPLE))) {
            JsonNode pkg = JSON.readTree(Files.readString(dir.resolve("datapackage.json")));
            Map<String, List<CSVRecord>> tables = new HashMap<>();
            for (JsonNode r : pkg.get("resources")) {
                byte[] bytes = Files.readAllBytes(dir.resolve(r.get("path").asString()));
                assertEquals(r.get("bytes").asLong(), bytes.length, r.get("name").asString());
                assertEquals("sha256:" + Sha256.hex(Sha256.of(bytes)), r.get("hash").asString());
                List<String> columns = new ArrayList<>();
                r.get("schema").get("fields").forEach(f -> columns.add(f.get("name").asString()));
                List<CSVRecord> rows = parse(bytes);
                assertEquals(columns, rows.isEmpty() ? columns : rows.get(0).getParser().getHeaderNames(),
                        r.get("name").asString());
                assertEquals(columns, header(bytes), r.get("name").asString());
                tables.put(r.get("name").asString(), rows);
            }
            for (JsonNode r : pkg.get("resources")) {
                String name = r.get("name").asString();
                JsonNode schema = r.get("schema");
                Set<List<String>> keys = new HashSet<>();
                for (CSVRecord row : tables.get(name)) {
                    assertTrue(keys.add(values(row, strings(schema.get("primaryKey")))),
                            name + ": duplicate primary key " + row);
                }
                if (schema.has("foreignKeys")) {
                    for (JsonNode fk : schema.get("foreignKeys")) {
                        String target = fk.get("reference").has("resource") ? fk.get("reference").get("resource").asString() : name;
                        Set<List<String>> targetKeys = new HashSet<>();
                        tables.get(target).forEach(t -> targetKeys.add(values(t, strings(fk.get("reference").get("fields")))));
                        for (CSVRecord row : tables.get(name)) {
                            List<String> v = values(row, strings(fk.get("fields")));
                            assertTrue(v.stream().allMatch(String::isEmpty) || targetKeys.contains(v),
                                    name + " refers to a missing " + target + " " + v);
                        }
                    }
                }
            }
        }
    }

    @Test
    void intentionsAndTheirProvidersMatchTheModel() throws IOException {
        BundledSite site = BundledSite.get();
        Plan plan = site.model.plans().get(0);
        List<CSVRecord> intentions = parse(Files.readAllBytes(site.out.resolve(WEST_HERTS + "intentions.csv")));
        assertEquals(plan.intentions().size(), intentions.size());
        assertEquals(43, intentions.size());
        CSVRecord first = intentions.get(0);
        assertEquals(List.of("west-herts-2008-09", "1-1-performance", "1.1", "quality-and-efficiency", "Performance",
                "draft", "Efficient and effective service delivery"),
                List.of(first.get("plan"), first.get("id"), first.get("number"), first.get("section"), first.get("area"),
                        first.get("status"), first.get("outcome")));

        // expanded through groups, exactly as the provider index (and so the provider pages) says
        List<CSVRecord> affected = parse(Files.readAllBytes(site.out.resolve(WEST_HERTS + "intention-providers.csv")));
        SiteIndex index = new SiteIndex(site.model);
        long expected = index.providers().providersByName().stream()
                .mapToLong(p -> index.providers().impacts(p.id()).size()).sum();
        assertEquals(expected, affected.size());
        List<String> coding = affected.stream().filter(r -> r.get("intention").equals("1-2-coding"))
                .map(r -> r.get("provider") + " | " + r.get("how") + " | " + r.get("through_group")).toList();
        assertEquals(List.of("all-acute-providers | direct | ",
                "east-north-herts-trust | through All acute providers | all-acute-providers",
                "west-herts-hospitals | through All acute providers | all-acute-providers"), coding);
        assertTrue(affected.stream().anyMatch(r -> r.get("how").equals("direct")));
        assertTrue(affected.stream().anyMatch(r -> r.get("how").startsWith("through ")));
    }

    @Test
    void budgetFiguresAreInLongFormAsPrintedAndAsNumbers() throws IOException {
        List<CSVRecord> figures = parse(Files.readAllBytes(BundledSite.get().out.resolve(WEST_HERTS + "budget-figures.csv")));
        CSVRecord growth = figures.get(0);
        assertEquals(List.of("budget-setting-assumptions", "headline-growth", "rate", "5.46%", "5.46", "%"),
                List.of(growth.get("table"), growth.get("row"), growth.get("column"), growth.get("printed"),
                        growth.get("value"), growth.get("unit")));
        // the real plan has no rounds, responses or changes: those tables are empty, with their headers
        for (String empty : List.of("rounds.csv", "responses.csv", "changes.csv")) {
            assertEquals(List.of(), parse(Files.readAllBytes(BundledSite.get().out.resolve(WEST_HERTS + empty))), empty);
        }
    }

    @Test
    void theExampleListsItsRoundsResponsesAndChanges() throws IOException {
        Path dir = BundledSite.example().out.resolve(EXAMPLE);
        List<CSVRecord> rounds = parse(Files.readAllBytes(dir.resolve("rounds.csv")));
        assertEquals(List.of("first-draft-2026-01 2026-01-12 2026-02-20 true", "revised-draft-2026-04 2026-04-20 2026-05-29 false"),
                rounds.stream().map(r -> r.get("id") + " " + r.get("opens") + " " + r.get("closes") + " " + r.get("closed")).toList());
        assertEquals(7, parse(Files.readAllBytes(dir.resolve("responses.csv"))).size());
        List<String> changes = parse(Files.readAllBytes(dir.resolve("changes.csv"))).stream()
                .map(r -> r.get("intention") + " " + r.get("change") + " " + r.get("status_before") + "→" + r.get("status_after"))
                .toList();
        assertEquals(List.of("2-5-carers-breaks added →consultation", "1-3-outpatient-letters removed consultation→",
                "1-1-waiting-times changed consultation→agreed", "1-2-diabetes-clinics changed consultation→agreed",
                "2-1-community-beds changed consultation→consultation", "2-3-talking-therapies changed consultation→deferred",
                "2-4-minor-injuries changed consultation→withdrawn"), changes);
    }

    @Test
    void thePlanDocumentFollowsItsPublishedSchema() throws IOException {
        for (Path site : List.of(BundledSite.get().out, BundledSite.example().out)) {
            Path doc = site.resolve(site == BundledSite.get().out ? WEST_HERTS : EXAMPLE).resolve("plan.json");
            assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.planDocument(), Files.readString(doc)), doc.toString());
            // the schema is published beside the data, byte for byte the documented one
            assertEquals(Files.readString(Path.of("../docs/schemas/plan-1.0.schema.json")),
                    Files.readString(site.resolve("schemas/plan-1.0.schema.json")));
        }
        JsonNode doc = JSON.readTree(Files.readString(BundledSite.get().out.resolve(WEST_HERTS + "plan.json")));
        assertEquals("../../../schemas/plan-1.0.schema.json", doc.get("$schema").asString());
        assertEquals("1.0", doc.get("schemaVersion").asString());
        String broken = Files.readString(BundledSite.get().out.resolve(WEST_HERTS + "plan.json"))
                .replace("\"number\": \"1.1\"", "\"number\": 1.1");
        assertFalse(JsonSchemas.errors(JsonSchemas.planDocument(), broken).isEmpty());
    }

    static List<CSVRecord> parse(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    private static List<String> header(byte[] csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords().get(0)
                .toList();
    }

    private static List<String> names(JsonNode resources) {
        List<String> out = new ArrayList<>();
        resources.forEach(r -> out.add(r.get("name").asString()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> values(CSVRecord row, List<String> columns) {
        return columns.stream().map(row::get).toList();
    }
}
