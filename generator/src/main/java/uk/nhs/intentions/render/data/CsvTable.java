package uk.nhs.intentions.render.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import uk.nhs.intentions.render.Views;

/**
 * One table of a data package: its fields (with their Table Schema types), keys and rows, written as RFC 4180
 * CSV (comma, double quotes, CRLF, UTF-8, a header row). An empty cell is a missing value.
 */
final class CsvTable {
    /** A column: its name, Table Schema type ({@code string}, {@code integer}, {@code number}, {@code date}, {@code boolean}) and meaning. */
    record Field(String name, String type, String description) {
    }

    /** Columns of this table that refer to the key of another table of the package (or of this one). */
    record ForeignKey(List<String> fields, String resource, List<String> referenced) {
    }

    private final String name;
    private final String title;
    private final String description;
    private final List<Field> fields;
    private final List<String> primaryKey;
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String name, String title, String description, List<Field> fields, List<String> primaryKey) {
        this.name = name;
        this.title = title;
        this.description = description;
        this.fields = List.copyOf(fields);
        this.primaryKey = List.copyOf(primaryKey);
    }

    CsvTable foreignKey(List<String> columns, String resource, List<String> referenced) {
        foreignKeys.add(new ForeignKey(columns, resource, referenced));
        return this;
    }

    /** A row in column order; null is written as an empty (missing) cell. */
    void row(Object... values) {
        if (bytes != null) {
            throw new IllegalStateException("a row added to table " + name + " after it was written");
        }
        if (values.length != fields.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + fields.size() + " columns");
        }
        List<String> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v == null ? "" : v.toString());
        }
        rows.add(row);
    }

    String name() {
        return name;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String fileName() {
        return name + ".csv";
    }

    List<Field> fields() {
        return fields;
    }

    int rowCount() {
        return rows.size();
    }

    /** The table as CSV, made once (a site-wide table is in every plan's package). */
    byte[] csv() {
        byte[] made = bytes;
        if (made == null) {
            made = make();
            bytes = made;
        }
        return made;
    }

    /** SHA-256 of {@link #csv()} in hex, as the Data Package standard wants it; made once. */
    String sha256() {
        String h = sha;
        if (h == null) {
            h = uk.nhs.intentions.support.Sha256.hex(uk.nhs.intentions.support.Sha256.of(csv()));
            sha = h;
        }
        return h;
    }

    private volatile byte[] bytes;
    private volatile String sha;

    private byte[] make() {
        StringWriter out = new StringWriter(256 + rows.size() * 128);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(fields.stream().map(Field::name).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The Data Resource descriptor of this table, with its size and hash. */
    Map<String, Object> resource(byte[] csv, String sha256) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("type", "table");
        r.put("path", fileName());
        r.put("scheme", "file");
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        r.put("title", title);
        r.put("description", description);
        r.put("bytes", csv.length);
        r.put("hash", "sha256:" + sha256);
        r.put("dialect", Views.map("header", true, "delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\""));
        r.put("schema", schema());
        return r;
    }

    private Map<String, Object> schema() {
        List<Object> fs = new ArrayList<>();
        for (Field f : fields) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("type", f.type());
            if (f.type().equals("boolean")) {
                m.put("trueValues", List.of("true"));
                m.put("falseValues", List.of("false"));
            }
            m.put("description", f.description());
            fs.add(m);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("fields", fs);
        s.put("missingValues", List.of(""));
        s.put("primaryKey", primaryKey);
        if (!foreignKeys.isEmpty()) {
            List<Object> fks = new ArrayList<>();
            for (ForeignKey fk : foreignKeys) {
                Map<String, Object> ref = new LinkedHashMap<>();
                if (!fk.resource().equals(name)) {
                    ref.put("resource", fk.resource());
                }
                ref.put("fields", fk.referenced());
                fks.add(Views.map("fields", fk.fields(), "reference", ref));
            }
            s.put("foreignKeys", fks);
        }
        return s;
    }

    static Field field(String name, String type, String description) {
        return new Field(name, type, description);
    }
}
