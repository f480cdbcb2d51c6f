package uk.nhs.intentions.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import uk.nhs.intentions.support.FileLockHold;

/**
 * Builds the site in a staging folder and publishes it only when everything succeeded, so a failed build never
 * destroys or half-writes the previous site, and files of removed content vanish. Publishing is atomic and
 * crash-safe (versioned release folders and a symbolic link, see {@link Release}).
 */
public final class Publisher {
    /**
     * Marked an output folder as made by intentions in versions that published a real folder; such a folder is
     * migrated to the release layout on its first build (see {@link Release}).
     */
    public static final String MARKER = ".intentions-site";

    private Publisher() {
    }

    /** What a publication came to: the site swapped into place, or refused with the reason. */
    public sealed interface Result {
        /** The new site is in place; {@code files} were written. */
        record Published(int files) implements Result {
        }

        /** Another build is publishing to the same output now; nothing was done. */
        record Busy(Path output) implements Result {
        }

        /** The site has broken internal links, so the previous site stays in place. */
        record BrokenLinks(List<BrokenLink> links) implements Result {
            public BrokenLinks {
                links = List.copyOf(links);
            }
        }
    }

    /** Why the output may not be published to, in words; empty when it may. */
    public static Optional<String> refusal(Path out, Path siteRoot, Path contentDir) {
        Path given = out.toAbsolutePath().normalize();
        Path o = Release.resolveUserLinks(given);
        String via = o.equals(given) ? "" : " (where the symbolic link " + given + " leads)";
        if (o.getParent() == null) {
            return Optional.of("the output folder cannot be the file-system root" + via);
        }
        if (siteRoot.startsWith(o) || contentDir.startsWith(o)) {
            return Optional.of("the output folder " + o + via + " contains the site's own files; choose a separate"
                    + " folder");
        }
        if (Files.isSymbolicLink(o)) {
            return Release.ours(o) ? Optional.empty()
                    : Optional.of("the output " + given + " is a chain of too many symbolic links");
        }
        if (Files.isRegularFile(o, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("the output path " + o + via + " is a file, not a folder");
        }
        if (Files.isDirectory(o, LinkOption.NOFOLLOW_LINKS) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return Optional.of("the output folder " + o + via + " already holds files that intentions did not write;"
                    + " choose an empty or new folder");
        }
        Path releases = Release.of(o, Release.Steps.NONE).releasesFolder();
        if (Files.exists(releases, LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(releases, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("intentions keeps its releases in " + releases + ", which is not a folder; move it"
                    + " away");
        }
        return Optional.empty();
    }

    /** As {@link #publish(Path, String, Consumer)} for a site published at the root of its host. */
    public static Result publish(Path out, Consumer<SiteWriter> work) throws IOException {
        return publish(out, "/", work);
    }

    /**
     * Runs {@code work} against a staging folder; the links of every page are checked as it is written, and
     * only when {@code work} returns normally and no link is broken is the result swapped into place. An
     * exception from {@code work} discards the staging folder and propagates.
     *
     * @param rootPath the path the site is published under ("/commissioning/"), for root-absolute links
     */
    public static Result publish(Path out, String rootPath, Consumer<SiteWriter> work) throws IOException {
        return publish(out, rootPath, work, Release.Steps.NONE, null);
    }

    /** As above, not scanning again the pages whose bytes {@code memo} has seen (serve keeps one). */
    public static Result publish(Path out, String rootPath, Consumer<SiteWriter> work, LinkMemo memo)
            throws IOException {
        return publish(out, rootPath, work, Release.Steps.NONE, memo);
    }

    /**
     * As {@link #publish(Path, String, Consumer, LinkMemo)}, leaving the release no longer read to be deleted by
     * {@link #tidy(Path)}: the build daemon answers its client first and tidies after (a tenth of a second for a
     * large site). Until then it is only a folder named {@code N.deleting} beside the releases.
     */
    public static Result publishLeavingRetired(Path out, String rootPath, Consumer<SiteWriter> work, LinkMemo memo)
            throws IOException {
        return publish(out, rootPath, work, Release.Steps.NONE, memo, false);
    }

    /** Deletes the releases {@link #publishLeavingRetired} left; does nothing while a build is publishing. */
    public static void tidy(Path out) throws IOException {
        Release release = Release.of(out, Release.Steps.NONE);
        Optional<FileLockHold> hold = release.hold();
        if (hold.isPresent()) {
            try (FileLockHold held = hold.get()) {
                release.tidyRetired();
            }
        }
    }

    static Result publish(Path out, String rootPath, Consumer<SiteWriter> work, Release.Steps steps)
            throws IOException {
        return publish(out, rootPath, work, steps, null);
    }

    private static Result publish(Path out, String rootPath, Consumer<SiteWriter> work, Release.Steps steps,
            LinkMemo memo) throws IOException {
        return publish(out, rootPath, work, steps, memo, true);
    }

    private static Result publish(Path out, String rootPath, Consumer<SiteWriter> work, Release.Steps steps,
            LinkMemo memo, boolean deleteRetired) throws IOException {
        Release release = Release.of(out, steps);
        Optional<FileLockHold> hold = release.hold();
        if (hold.isEmpty()) {
            return new Result.Busy(release.link());
        }
        try (FileLockHold held = hold.get()) {
            return publish(release, rootPath, work, memo, deleteRetired);
        }
    }

    private static Result publish(Release release, String rootPath, Consumer<SiteWriter> work, LinkMemo memo,
            boolean deleteRetired) throws IOException {
        Path staging = release.stage();
        SiteWriter writer = new SiteWriter(staging, release.current().orElse(null), new LinkChecker(rootPath, memo),
                staging.resolveSibling(Release.RECORD), false);
        boolean published = false;
        try {
            work.accept(writer);
            writer.close();
            List<BrokenLink> broken = writer.brokenLinks();
            if (!broken.isEmpty()) {
                return new Result.BrokenLinks(broken); // the gate: nothing with a broken link is published
            }
            release.publish(staging, deleteRetired);
            published = true;
            writer.linksPassed();
            return new Result.Published(writer.count());
        } finally {
            writer.close(); // waits for writes still in flight on other threads after a failure
            if (!published) {
                release.abandon(staging);
            }
        }
    }

    /**
     * As {@link #publish(Path, String, Consumer, LinkMemo)}, but changing the published site in place: only the
     * files whose bytes changed are written (to a staging folder), and once the links pass they are moved over
     * their old versions and the files the build no longer makes are deleted, all while {@code readers} is held,
     * so whoever takes it to read sees the old site or the new one. For {@code serve}, whose own server is the only
     * reader: a whole new release costs a link per file, and a rebuild after one edit then costs as much as the
     * site is large. Falls back to a new release when the memo does not know the published site's files (the
     * first build) or there is no release of ours to change.
     */
    public static Result publishInPlace(Path out, String rootPath, Consumer<SiteWriter> work, LinkMemo memo,
            java.util.concurrent.locks.Lock readers) throws IOException {
        Release release = Release.of(out, Release.Steps.NONE);
        Optional<FileLockHold> hold = release.hold();
        if (hold.isEmpty()) {
            return new Result.Busy(release.link());
        }
        try (FileLockHold held = hold.get()) {
            Optional<Path> live = release.ownCurrent();
            LinkMemo.Passed before = memo.passed();
            if (live.isEmpty() || before == null) {
                return publish(release, rootPath, work, memo, true);
            }
            return publishInPlace(release, live.get(), before, rootPath, work, memo, readers);
        }
    }

    private static Result publishInPlace(Release release, Path live, LinkMemo.Passed before, String rootPath,
            Consumer<SiteWriter> work, LinkMemo memo, java.util.concurrent.locks.Lock readers) throws IOException {
        Path staging = release.stage();
        SiteWriter writer = new SiteWriter(staging, live, new LinkChecker(rootPath, memo),
                staging.resolveSibling(Release.RECORD), true);
        try {
            work.accept(writer);
            writer.close();
            List<BrokenLink> broken = writer.brokenLinks();
            if (!broken.isEmpty()) {
                return new Result.BrokenLinks(broken);
            }
            readers.lock();
            try {
                writer.moveInto(before.files());
            } catch (IOException | RuntimeException e) {
                memo.passed(null); // the site is part changed: the next build makes a whole release again
                throw e;
            } finally {
                readers.unlock();
            }
            writer.linksPassed();
            return new Result.Published(writer.count());
        } finally {
            writer.close();
            release.abandon(staging); // what is left there is empty folders, or a refused build's files
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
