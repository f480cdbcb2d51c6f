package uk.nhs.intentions.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.nhs.intentions.support.FileLockHold;

/**
 * Gapless, crash-safe publishing with versioned release folders, as deploy tools do it. For an output
 * {@code site}:
 *
 * <pre>
 *   site -> .site.releases/7/site        the output is a symbolic link (relative, so the parent may move)
 *   .site.releases/7/site/               the published site: what a web server reads
 *   .site.releases/7/intentions-build    the build record (never inside the published folder)
 *   .site.releases/6/                    the release before it, kept until the next build for readers in flight
 * </pre>
 *
 * A build writes {@code .site.releases/8.partial/site}, renames it to {@code 8} (complete), makes a temporary
 * link {@code .site.link-8} and renames it over {@code site}: rename(2) replaces a link atomically, so every
 * reader finds either release 7 or release 8, whole. Then every release but 8 and 7 is renamed to
 * {@code N.deleting} and deleted. Killed at any instant, the link still names a complete release; the next
 * build deletes {@code *.partial} and {@code *.deleting} folders, temporary links and older releases. Files get the usual permissions (folders 0755, files 0644 under the
 * usual umask 022): nothing here uses {@code createTempDirectory}, which would make a 0700 folder.
 *
 * <p>An output that is a real folder written by an older intentions (it holds {@link Publisher#MARKER}) is
 * migrated once: it is renamed to {@code .site.releases/N/site} and the link put in its place; a reader may
 * miss the folder for that one instant. An output that is a symbolic link the user made (to anything but our
 * own releases) is followed: the site is published at the folder it names, by the same rules.
 */
final class Release {
    /** The published folder inside each release. */
    static final String SITE = "site";
    /** The build record beside the published folder. */
    static final String RECORD = "intentions-build";
    private static final String PARTIAL = ".partial";
    private static final String DELETING = ".deleting";
    /** The file whose lock a build holds while it publishes ({@link #hold()}). */
    static final String LOCK = "lock";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");
    private static final Pattern NUMBERED = Pattern.compile("([0-9]{1,18})(\\.partial|\\.deleting)?");
    private static final int MAX_LINKS = 20;

    /** Test hook: called at each publishing step, so a test can kill the process exactly there. */
    interface Steps {
        Steps NONE = step -> { };

        void reached(String step);
    }

    private final Path link;
    private final Path releases;
    private final Steps steps;

    private Release(Path link, Steps steps) {
        this.link = link;
        this.releases = link.resolveSibling("." + link.getFileName() + ".releases");
        this.steps = steps;
    }

    /** The release scheme for {@code out}, following a symbolic link the user made to its final target. */
    static Release of(Path out, Steps steps) {
        return new Release(resolveUserLinks(out.toAbsolutePath().normalize()), steps);
    }

    /** Where the site is really published: {@code out}, or the folder a user's symbolic link names. */
    static Path resolveUserLinks(Path out) {
        Path p = out;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p) && ownTarget(p).isEmpty(); i++) {
            try {
                Path target = Files.readSymbolicLink(p);
                p = p.resolveSibling(target).toAbsolutePath().normalize();
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    /** The output path that is (or becomes) intentions' link. */
    Path link() {
        return link;
    }

    Path releasesFolder() {
        return releases;
    }

    /** The folder now published, if any: the link's release, or an older version's real folder. */
    Optional<Path> current() {
        Optional<Long> n = ownTarget(link);
        if (n.isPresent()) {
            Path site = releases.resolve(Long.toString(n.get())).resolve(SITE);
            return Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS) ? Optional.of(site) : Optional.empty();
        }
        return legacy() ? Optional.of(link) : Optional.empty();
    }

    /** The published folder when it is one of our releases (not an older version's real folder). */
    Optional<Path> ownCurrent() {
        return ownTarget(link).isPresent() ? current() : Optional.empty();
    }

    /** The build record of the published release, if there is one. */
    Optional<Path> record() {
        return ownTarget(link).map(n -> releases.resolve(Long.toString(n)).resolve(RECORD))
                .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
    }

    /** A real folder written by an older version, published in place. */
    private boolean legacy() {
        return Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(link.resolve(Publisher.MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /** Whether {@code path} is a link intentions made (to one of its releases). */
    static boolean ours(Path path) {
        return ownTarget(path).isPresent();
    }

    /** Release number the link points at, when it is one of ours ({@code .NAME.releases/N/site}). */
    private static Optional<Long> ownTarget(Path link) {
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        try {
            Path t = Files.readSymbolicLink(link);
            if (t.getNameCount() == 3 && !t.isAbsolute()
                    && t.getName(0).toString().equals("." + link.getFileName() + ".releases")
                    && NUMBER.matcher(t.getName(1).toString()).matches() && t.getName(2).toString().equals(SITE)) {
                return Optional.of(Long.parseLong(t.getName(1).toString()));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Takes the output for one build: held from staging to publishing, so two builds (two terminals, or a script
     * started twice) never stage, swap or tidy the same releases at once, where one would delete the other's
     * staging folder. Empty when another process (or another build in this one) holds it. The lock is the
     * operating system's, so it goes with a killed build; the file stays, empty.
     */
    Optional<FileLockHold> hold() throws IOException {
        Files.createDirectories(link.getParent());
        Files.createDirectories(releases);
        return FileLockHold.tryTake(releases.resolve(LOCK));
    }

    /**
     * Prepares a build: repairs a missing link after a crash during migration, deletes what interrupted builds
     * left, migrates an older version's folder, and creates the staging folder, whose {@code site} sub-folder
     * is returned for the build to write.
     */
    Path stage() throws IOException {
        Files.createDirectories(link.getParent());
        Files.createDirectories(releases);
        tidy();
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            OptionalLong newest = complete().stream().mapToLong(Long::longValue).max();
            if (newest.isPresent()) {
                point(newest.getAsLong()); // killed between moving an old folder away and linking it
            }
        } else if (legacy()) {
            migrate();
        } else if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS) && isEmpty(link)) {
            Files.delete(link); // an empty folder made for us: nothing to keep, nobody reads it
        }
        long n = next();
        Path partial = releases.resolve(n + PARTIAL);
        Files.createDirectory(partial);
        Path site = Files.createDirectory(partial.resolve(SITE));
        steps.reached("staged");
        return site;
    }

    /**
     * Makes the staged release the published one and tidies; {@code site} is what {@link #stage()} returned. With
     * {@code deleteRetired} false, releases no longer read are only renamed to {@code N.deleting} (so nothing reads
     * them), and deleted by {@link #tidyRetired()} or the next build.
     */
    void publish(Path site, boolean deleteRetired) throws IOException {
        Path partial = site.getParent();
        String name = partial.getFileName().toString();
        long n = Long.parseLong(name.substring(0, name.length() - PARTIAL.length()));
        Optional<Long> before = ownTarget(link);
        Path done = releases.resolve(Long.toString(n));
        move(partial, done);
        steps.reached("completed");
        point(n);
        steps.reached("switched");
        for (long old : complete()) {
            if (old != n && (before.isEmpty() || old != before.get())) {
                // renamed first, so a crash while deleting leaves junk by name, never a half release
                Path doomed = releases.resolve(old + DELETING);
                move(releases.resolve(Long.toString(old)), doomed);
                steps.reached("retired");
                if (deleteRetired) {
                    deleteTree(doomed);
                    steps.reached("deleted");
                }
            }
        }
    }

    /** Deletes a staged release that will not be published. */
    void abandon(Path site) throws IOException {
        Path partial = site.getParent();
        if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(partial);
        }
    }

    /**
     * Moves an older version's real output folder into a release and links it: done once per output. A folder
     * cannot be replaced by a link atomically, so between the move and the rename there is an instant without
     * the folder; a crash exactly then keeps the old site in the release, and the next build links it first.
     */
    private void migrate() throws IOException {
        long n = next();
        Path release = Files.createDirectory(releases.resolve(Long.toString(n)));
        Path tmp = temporaryLink(n);
        move(link, release.resolve(SITE));
        steps.reached("migrated");
        swap(tmp);
    }

    /** Atomically points the link at release {@code n}: a new link under a temporary name renamed over it. */
    private void point(long n) throws IOException {
        swap(temporaryLink(n));
    }

    private Path temporaryLink(long n) throws IOException {
        Path tmp = link.resolveSibling("." + link.getFileName() + ".link-" + n);
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, Path.of(releases.getFileName().toString(), Long.toString(n), SITE));
        steps.reached("linked");
        return tmp;
    }

    private void swap(Path tmp) throws IOException {
        try {
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    /** Deletes retired releases that were left for later; call holding {@link #hold()}. */
    void tidyRetired() throws IOException {
        if (!Files.isDirectory(releases, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(releases)) {
            for (Path p : s) {
                if (junk(p.getFileName().toString(), DELETING)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Deletes interrupted builds' staging folders and temporary links. */
    private void tidy() throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(releases)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (junk(name, PARTIAL) || junk(name, DELETING)) {
                    deleteTree(p);
                } else if (NUMBER.matcher(name).matches() && !Files.isDirectory(p.resolve(SITE),
                        LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(p); // a release folder made just before a crash, before the site was moved in
                }
            }
        }
        String prefix = "." + link.getFileName() + ".link-";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(link.getParent(), prefix + "*")) {
            for (Path p : s) {
                if (NUMBER.matcher(p.getFileName().toString().substring(prefix.length())).matches()
                        && Files.isSymbolicLink(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    private static boolean junk(String name, String suffix) {
        return name.endsWith(suffix) && NUMBER.matcher(name.substring(0, name.length() - suffix.length())).matches();
    }

    /** Numbers of complete releases (those holding a site folder), ascending. */
    private List<Long> complete() throws IOException {
        List<Long> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(releases)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (NUMBER.matcher(name).matches() && Files.isDirectory(p.resolve(SITE), LinkOption.NOFOLLOW_LINKS)) {
                    out.add(Long.parseLong(name));
                }
            }
        }
        out.sort(null);
        return out;
    }

    private long next() throws IOException {
        long max = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(releases)) {
            for (Path p : s) {
                Matcher m = NUMBERED.matcher(p.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Long.parseLong(m.group(1)));
                }
            }
        }
        return max + 1;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
