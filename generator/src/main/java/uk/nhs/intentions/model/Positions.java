package uk.nhs.intentions.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source position of a thing and of each of its fields, so checks can point at the exact value.
 *
 * <p>Kept packed: every mapping of every content file has one, so a 50,000-intention site holds over a hundred
 * thousand, and as a map of records they were a sixth of its memory. The field names are shared between all
 * things of the same shape, and each field's line and column are two ints; a field written in another file than
 * the thing itself (rare) keeps its path.
 */
public final class Positions {
    /** Field-name lists already seen, so things of one shape share one array; bounded against hostile input. */
    private static final Map<List<String>, String[]> SHAPES = new ConcurrentHashMap<>();
    private static final int MAX_SHAPES = 4_096;
    private static final String[] NO_NAMES = {};
    private static final int[] NO_PLACES = {};

    private final SourcePos self;
    /** Field names, sorted. */
    private final String[] names;
    /** Line and column of each field, two ints per name. */
    private final int[] places;
    /** Each field's path where some field's differs from {@code self}'s; else null. */
    private final String[] paths;

    public Positions(SourcePos self, Map<String, SourcePos> fields) {
        this.self = Objects.requireNonNull(self, "self");
        TreeMap<String, SourcePos> sorted = new TreeMap<>(fields);
        String[] keys = sorted.keySet().toArray(NO_NAMES);
        this.names = keys.length == 0 ? NO_NAMES : shared(keys);
        this.places = keys.length == 0 ? NO_PLACES : new int[keys.length * 2];
        String[] ownPaths = null;
        int k = 0;
        for (SourcePos p : sorted.values()) {
            places[2 * k] = p.line();
            places[2 * k + 1] = p.column();
            if (!p.path().equals(self.path())) {
                if (ownPaths == null) {
                    ownPaths = new String[keys.length];
                    Arrays.fill(ownPaths, self.path());
                }
                ownPaths[k] = p.path();
            }
            k++;
        }
        this.paths = ownPaths;
    }

    private static String[] shared(String[] keys) {
        List<String> shape = List.of(keys);
        String[] known = SHAPES.get(shape);
        if (known != null) {
            return known;
        }
        for (int i = 0; i < keys.length; i++) {
            keys[i] = keys[i].intern(); // the YAML parser makes a new string for every key it reads
        }
        if (SHAPES.size() >= MAX_SHAPES) {
            return keys;
        }
        String[] first = SHAPES.putIfAbsent(shape, keys);
        return first == null ? keys : first;
    }

    public static Positions of(SourcePos self) {
        return new Positions(self, Map.of());
    }

    /** The position of the thing itself. */
    public SourcePos self() {
        return self;
    }

    /** Each field present and its position, by field name. */
    public Map<String, SourcePos> fields() {
        Map<String, SourcePos> out = new TreeMap<>();
        for (int k = 0; k < names.length; k++) {
            out.put(names[k], at(k));
        }
        return out;
    }

    /** The position of a field, or of the whole thing when the field is absent. */
    public SourcePos of(String field) {
        int k = Arrays.binarySearch(names, field);
        return k < 0 ? self : at(k);
    }

    private SourcePos at(int k) {
        return new SourcePos(paths == null ? self.path() : paths[k], places[2 * k], places[2 * k + 1]);
    }

    public Positions with(String field, SourcePos pos) {
        Map<String, SourcePos> copy = fields();
        copy.put(field, pos);
        return new Positions(self, copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Positions p && self.equals(p.self) && Arrays.equals(names, p.names)
                && Arrays.equals(places, p.places) && Arrays.equals(paths, p.paths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * self.hashCode() + Arrays.hashCode(names)) + Arrays.hashCode(places);
    }

    @Override
    public String toString() {
        return "Positions[self=" + self + ", fields=" + fields() + "]";
    }
}
