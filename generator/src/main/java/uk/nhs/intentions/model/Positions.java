package uk.nhs.intentions.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * The source position of a thing and of each of its fields, so checks can point at the exact value.
 */
public record Positions(SourcePos self, Map<String, SourcePos> fields) {

    public Positions {
        fields = Map.copyOf(fields);
    }

    public static Positions of(SourcePos self) {
        return new Positions(self, Map.of());
    }

    /** The position of a field, or of the whole thing when the field is absent. */
    public SourcePos of(String field) {
        return fields.getOrDefault(field, self);
    }

    public Positions with(String field, SourcePos pos) {
        Map<String, SourcePos> copy = new TreeMap<>(fields);
        copy.put(field, pos);
        return new Positions(self, copy);
    }
}
