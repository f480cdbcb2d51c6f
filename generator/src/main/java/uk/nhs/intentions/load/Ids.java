package uk.nhs.intentions.load;

import java.util.regex.Pattern;

import uk.nhs.intentions.model.Printable;

/** Ids become file names in the site, so only safe slugs are accepted. */
public final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 100;

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
    }

    /** Why an id is refused, in words an editor understands. */
    public static String problem(String id) {
        if (id.contains("/") || id.contains("\\") || id.contains("..")) {
            return "id `" + printable(id) + "` contains a path separator or `..`; ids become file names and must"
                    + " stay inside the site folder";
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
