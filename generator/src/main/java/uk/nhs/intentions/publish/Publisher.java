package uk.nhs.intentions.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the site in a staging folder and publishes it only when everything succeeded, so a failed build never
 * destroys or half-writes the previous site, and files of removed content vanish. Publishing is atomic and
 * crash-safe (versioned release folders and a symbolic link, see {@link Release}).
 */
public final class Publisher {
    /**
     * Marked an output folder as made by intentions in versions that published a real folder; such a folder is
     * migrated to the release layout on its first build.
     */
    public static final String MARKER = ".intentions-site";

    private Publisher() {
    }

    /** Checks that the output may be published to; returns a problem in words, or null. */
    public static String refusal(Path out, Path siteRoot, Path contentDir) {
        Path given = out.toAbsolutePath().normalize();
        Path o = Release.resolveUserLinks(given);
        String via = o.equals(given) ? "" : " (where the symbolic link " + given + " leads)";
        if (o.getParent() == null) {
            return "the output folder cannot be the file-system root" + via;
        }
        if (siteRoot.startsWith(o) || contentDir.startsWith(o)) {
            return "the output folder " + o + via + " contains the site's own files; choose a separate folder";
        }
        if (Files.isSymbolicLink(o)) {
            return Release.ours(o) ? null : "the output " + given + " is a chain of too many symbolic links";
        }
        if (Files.isRegularFile(o, LinkOption.NOFOLLOW_LINKS)) {
            return "the output path " + o + via + " is a file, not a folder";
        }
        if (Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return "the output folder " + o + via + " already holds files that intentions did not write;"
                    + " choose an empty or new folder";
        }
        Path releases = Release.of(o, Release.Steps.NONE).releasesFolder();
        if (Files.exists(releases, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(releases, LinkOption.NOFOLLOW_LINKS)) {
            return "intentions keeps its releases in " + releases + ", which is not a folder; move it away";
        }
        return null;
    }

    /** Runs {@code work} against a staging folder and, if it returns normally, publishes the result. */
    public static void publish(Path out, Consumer<SiteWriter> work) throws IOException {
        publish(out, work, Release.Steps.NONE);
    }

    static void publish(Path out, Consumer<SiteWriter> work, Release.Steps steps) throws IOException {
        Release release = Release.of(out, steps);
        Path staging = release.stage();
        SiteWriter writer = new SiteWriter(staging, release.current().orElse(null),
                staging.resolveSibling(Release.RECORD));
        boolean published = false;
        try {
            work.accept(writer);
            writer.close();
            release.publish(staging);
            published = true;
        } finally {
            writer.close(); // waits for writes still in flight on other threads after a failure
            if (!published) {
                release.abandon(staging);
            }
        }
    }

    /** The folder holding the published site (what a web server reads), if a build published one. */
    public static Optional<Path> published(Path out) {
        return Release.of(out, Release.Steps.NONE).current();
    }

    /** The record of the build that published the site, kept beside (never inside) the published folder. */
    public static Optional<Path> buildRecord(Path out) {
        return Release.of(out, Release.Steps.NONE).record();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
