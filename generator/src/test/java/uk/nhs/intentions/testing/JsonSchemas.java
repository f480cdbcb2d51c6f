package uk.nhs.intentions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.SpecificationVersion;

/**
 * The standards' own schemas, vendored under src/test/resources/standards/ (see its README for provenance and
 * licences), and the published plan.json schema from docs/schemas/, as validators. Nothing is fetched: the
 * OCDS package schema's reference to the release schema's URL is mapped to the local copy.
 */
public final class JsonSchemas {
    public static final Path STANDARDS = Path.of("src/test/resources/standards").toAbsolutePath();
    static final String OCDS_RELEASE = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    /** Patterns in JSON Schema are ECMA-262 regular expressions, not Java's. */
    static final SchemaRegistryConfig ECMA_262 = SchemaRegistryConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build();

    private JsonSchemas() {
    }

    /** The OCDS 1.1.5 release package schema (JSON Schema draft 4). */
    public static Schema ocdsReleasePackage() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemas(Map.of(OCDS_RELEASE, read(STANDARDS.resolve("ocds-1.1.5/release-schema.json"))))
                        .schemaRegistryConfig(ECMA_262));
        return registry.getSchema(read(STANDARDS.resolve("ocds-1.1.5/release-package-schema.json")), InputFormat.JSON);
    }

    /** The Frictionless Data Package v2 profile (JSON Schema draft 7). */
    public static Schema dataPackage() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemaRegistryConfig(ECMA_262))
                .getSchema(read(STANDARDS.resolve("datapackage-2.0/datapackage.json")), InputFormat.JSON);
    }

    /** The published schema of plan.json (JSON Schema 2020-12), from docs/schemas/. */
    public static Schema planDocument() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(ECMA_262))
                .getSchema(read(Path.of("../docs/schemas/plan-1.0.schema.json")), InputFormat.JSON);
    }

    /** Every error, as text (an empty list when the document is valid). */
    public static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
