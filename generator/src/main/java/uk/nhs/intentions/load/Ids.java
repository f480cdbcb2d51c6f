package uk.nhs.intentions.load;

import java.util.regex.Pattern;

import uk.nhs.intentions.model.Printable;

/** Ids become file names in the site, so only safe slugs are accepted. */
public final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 100;

    private Ids() {
    }

    /**
     * Names of files the generator writes beside pages named by ids ({@code providers/index.html} beside
     * {@code providers/<id>.html}, {@code sitemap.xml}, {@code search.html}…): an id may not take one.
     */
    static final java.util.Set<String> GENERATED = java.util.Set.of("index", "sitemap", "search", "search-index",
            "robots", "404", "assets");
    /** Device names Windows reserves in any folder, with any extension: such a file cannot be created there. */
    static final java.util.Set<String> WINDOWS = java.util.Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches() && !GENERATED.contains(id)
                && !WINDOWS.contains(id);
    }

    /** Why an id is refused, in words an editor understands. */
    public static String problem(String id) {
        if (id.contains("/") || id.contains("\\") || id.contains("..")) {
            return "id `" + printable(id) + "` contains a path separator or `..`; ids become file names and must"
                    + " stay inside the site folder";
        }
        if (GENERATED.contains(id)) {
            return "id `" + id + "` is reserved: the site has a generated page or folder of that name, which this"
                    + " id's page would collide with; choose another id, e.g. `" + id + "-1`";
        }
        if (WINDOWS.contains(id)) {
            return "id `" + id + "` is a device name Windows reserves, so a file of that name cannot be made there;"
                    + " choose another id, e.g. `" + id + "-1`";
        }
        if (id.length() > MAX_LENGTH) {
            return "id is " + id.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
        }
        return "id `" + printable(id) + "` is not a valid id; use lower-case letters a-z, digits and single"
                + " hyphens, e.g. `west-herts-hospitals`";
    }

    /** Control and bidi characters are shown as escapes so the message cannot mislead. */
    public static String printable(String s) {
        return Printable.of(s);
    }
}
