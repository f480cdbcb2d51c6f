package uk.nhs.intentions.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The downloadable files of the site (data files, feeds) and their sizes, so pages can link each with its
 * size. The pipeline records each file as it writes it, before any page is rendered; a page links only files
 * recorded here, so it never links a file that was not written.
 */
public final class Downloads {
    private final Map<String, Integer> sizes = new ConcurrentHashMap<>();

    public void record(String path, int bytes) {
        sizes.put(path, bytes);
    }

    /** Every file recorded, with its size, by path. */
    public java.util.SortedMap<String, Integer> all() {
        return new java.util.TreeMap<>(sizes);
    }

    public Optional<Integer> size(String path) {
        return Optional.ofNullable(sizes.get(path));
    }

    /** A link to the file with its format and size ("CSV, 12.4 KB"), or empty when the file was not written. */
    public Optional<Map<String, Object>> link(String label, String format, String path) {
        return size(path).map(n -> Views.map("label", label, "href", path, "format", format, "size", sizeText(n)));
    }

    /** "812 bytes", "12.4 KB", "3.1 MB": in the root locale, so the same in every locale. */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
