package uk.nhs.intentions.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The only code that writes site files. Every path is resolved inside the staging folder and checked, so
 * no id or template can write outside it. Thread-safe: pages are written in parallel.
 */
public final class SiteWriter {
    private final Path root;
    /** Every file of the site so far, with its size. */
    private final Map<String, Integer> written;
    private final Path previous;
    /** Checks the links of each page as its bytes pass through, so nothing is read back from disk. */
    private final LinkChecker links;
    /** Writes hold the read lock; {@link #close()} takes the write lock, so it waits for writes in flight. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    /** Where the build record goes, beside the site folder so a web server never serves it; may be null. */
    private final Path record;

    /**
     * Whether the build changes the previous site in place ({@link #moveInto}): only files whose bytes changed
     * are written to the staging folder, and a file kept is left where it is instead of linked into a new site.
     */
    private final boolean inPlace;
    /** The files written to the staging folder when building in place: what {@link #moveInto} moves. */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();

    SiteWriter(Path root) {
        this(root, null, new LinkChecker("/"), null, false);
    }

    /**
     * {@code previous}: the site an earlier build published, still in place until the swap; may be null.
     * {@code inPlace}: see {@link #inPlace}; needs a previous site.
     */
    SiteWriter(Path root, Path previous, LinkChecker links, Path record, boolean inPlace) {
        this.root = root.toAbsolutePath().normalize();
        this.previous = previous == null ? null : previous.toAbsolutePath().normalize();
        this.links = links;
        this.record = record;
        this.inPlace = inPlace && previous != null;
        this.written = new ConcurrentHashMap<>(links.expectedFiles());
    }

    /**
     * Writes the build's record (what {@code build} needs to tell the next build whether anything changed). It
     * is kept with the release, outside the published folder: it lists every warning and is no reader's business.
     */
    public void writeRecord(String text) {
        if (record == null) {
            throw new IllegalStateException("this writer keeps no build record");
        }
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the build has stopped; not writing the build record");
            }
            Files.writeString(record, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build record: " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The bytes an earlier build wrote at {@code path}, so an output step can reuse a file whose inputs did
     * not change (charts do). Empty when there is no earlier site or no such file.
     */
    public Optional<byte[]> previous(String path) {
        resolve(path); // the same safety rules as for writing
        return previousFile(path).flatMap(p -> {
            try {
                return Optional.of(Files.readAllBytes(p));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The previous site's regular file at {@code path}, if there is a previous site and it has one. */
    private Optional<Path> previousFile(String path) {
        if (previous == null) {
            return Optional.empty();
        }
        Path p = previous.resolve(path).normalize();
        return p.startsWith(previous) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(p) : Optional.empty();
    }

    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String path, byte[] bytes) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the build has stopped; not writing " + path);
            }
            doWrite(path, bytes);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Refuses further writes once every write in flight has finished. A failed parallel render leaves other
     * threads still writing; closing first lets the staging folder be deleted without racing them.
     */
    void close() {
        lock.writeLock().lock();
        try {
            closed = true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void doWrite(String path, byte[] bytes) {
        Path target = resolve(path);
        claim(path, bytes.length);
        java.nio.file.attribute.BasicFileAttributes attrs = null;
        try {
            Path file = target;
            if (inPlace) {
                Optional<Path> before = unchanged(path, bytes);
                if (before.isPresent()) {
                    file = before.get(); // stays where it is
                } else {
                    createParent(target);
                    Files.write(target, bytes);
                    staged.add(path);
                }
            } else {
                createParent(target);
                if (!linkedUnchanged(path, target, bytes)) {
                    Files.write(target, bytes);
                }
            }
            if (links.stamps()) {
                attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
        links.add(path, bytes, attrs);
    }

    /** Folders already made in the staging tree: most files share a handful of folders. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    private void createParent(Path target) throws IOException {
        Path parent = target.getParent();
        if (!folders.contains(parent)) {
            Files.createDirectories(parent);
            folders.add(parent);
        }
    }

    /**
     * A file whose bytes equal the previous site's file at the same path becomes a hard link to it: nothing is
     * written, and deleting the previous release later frees nothing but a name. Anything unusual (no previous
     * site, another size, a file system without hard links) falls back to writing.
     */
    private boolean linkedUnchanged(String path, Path target, byte[] bytes) {
        Optional<Path> before = unchanged(path, bytes);
        if (before.isEmpty()) {
            return false;
        }
        try {
            Files.createLink(target, before.get());
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The previous site's file at {@code path} when it holds exactly {@code bytes}. */
    private Optional<Path> unchanged(String path, byte[] bytes) {
        return previousFile(path).filter(before -> sameBytes(before, bytes));
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.size(file) == bytes.length && java.util.Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** The size of the previous site's file at {@code path}, or -1 when there is none. */
    public long previousSize(String path) {
        resolve(path);
        Optional<Path> file = previousFile(path);
        try {
            return file.isPresent() ? Files.size(file.get()) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Publishes the previous site's file at {@code path} unchanged, as a hard link, or building in place by
     * leaving it where it is (nothing read or written when the link check has already seen these bytes),
     * provided it is still the file an earlier build wrote: the size must match, and the hash too whenever the
     * bytes have to be read. False, writing nothing, when there is no such file; the caller then renders the
     * page.
     */
    public boolean keep(String path, uk.nhs.intentions.support.FastHash hash, int length) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the build has stopped; not writing " + path);
            }
            if (!safe(path)) {
                throw new UnsafePathException(path);
            }
            if (previous == null) {
                return false;
            }
            if (inPlace && links.wrote(path, hash, length)) {
                // serve's own folder, which no one but this process writes: a file it wrote or checked in an
                // earlier build of this session is still there as it was, so it is kept without even a stat
                // (10,000 of them were a sixth of a rebuild at 10,000 intentions)
                claim(path, length);
                links.addKnown(path, hash);
                return true;
            }
            // a safe path is inside the previous site as well; one call for "is it there" and its stamp
            Path before = previous.resolve(path);
            java.nio.file.attribute.BasicFileAttributes now;
            try {
                now = Files.readAttributes(before, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
                return false;
            }
            if (!now.isRegularFile() || now.size() != length) {
                return false;
            }
            if (!links.trusts(path, hash, now)) {
                byte[] bytes = Files.readAllBytes(before);
                if (bytes.length != length || !uk.nhs.intentions.support.FastHash.of(bytes).equals(hash)) {
                    return false;
                }
                doWrite(path, bytes);
                return true;
            }
            claim(path, length);
            if (!inPlace) {
                Path target = root.resolve(path);
                createParent(target);
                try {
                    Files.createLink(target, before);
                } catch (IOException | UnsupportedOperationException | SecurityException e) {
                    Files.copy(before, target);
                }
            }
            links.addKnown(path, hash);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Takes {@code path} for this build's output: two outputs wanting one file is a generator bug. */
    private void claim(String path, int length) {
        if (written.putIfAbsent(path, length) != null) {
            throw new IllegalStateException("two outputs want the same file: " + path);
        }
    }

    /**
     * Building in place: changes the previous site into this one. Each file of {@code before} (the previous
     * site's files) that this build did not write is deleted, with folders it leaves empty; then each changed file
     * is moved over its old version, one rename each, so a reader of any one file finds it old or new and whole.
     * The caller holds off readers meanwhile, so none sees a mix of the two sites.
     */
    void moveInto(java.util.Collection<String> before) throws IOException {
        if (!inPlace) {
            throw new IllegalStateException("this build writes a whole new site");
        }
        for (String path : before) {
            if (!written.containsKey(path)) {
                Path gone = resolveIn(previous, path);
                Files.deleteIfExists(gone);
                for (Path dir = gone.getParent(); !dir.equals(previous) && isEmptyFolder(dir); dir = dir.getParent()) {
                    Files.delete(dir);
                }
            }
        }
        for (String path : staged.stream().sorted().toList()) {
            Path to = resolveIn(previous, path);
            Files.createDirectories(to.getParent());
            Files.move(root.resolve(path), to, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (record != null && Files.exists(record, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.move(record, previous.resolveSibling(record.getFileName()),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The broken links among everything written so far, in page order. */
    List<BrokenLink> brokenLinks() {
        return links.broken();
    }

    /** The site passed the link check and is published: the next build's check may start from it. */
    void linksPassed() {
        links.passed();
    }

    /** The folder being written (the staging folder during a build). */
    public Path root() {
        return root;
    }

    public int count() {
        return written.size();
    }

    /** Every file of the site, by path in order, with its size in bytes: what was written, without a disk walk. */
    public java.util.SortedMap<String, Integer> files() {
        return new java.util.TreeMap<>(written);
    }


    /** Resolves a site path, refusing anything that would land outside the output folder. */
    Path resolve(String path) {
        return resolveIn(root, path);
    }

    private static Path resolveIn(Path root, String path) {
        if (!safe(path)) {
            throw new UnsafePathException(path);
        }
        // no empty, "." or ".." part: the path stays inside root as written (a rebuild resolves every kept page)
        return root.resolve(path);
    }

    /** A relative path of non-empty parts, none "." or "..", without backslashes or NUL characters. */
    static boolean safe(String path) {
        int n = path.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '/' : path.charAt(i);
            if (c == '\\' || c == '\0') {
                return false;
            }
            if (c == '/') {
                int len = i - start;
                if (len == 0 || (len == 1 && path.charAt(start) == '.')
                        || (len == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.')) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** An output path that would escape the site folder. */
    public static final class UnsafePathException extends RuntimeException {
        public UnsafePathException(String path) {
            super("refused to write outside the output folder: " + path);
        }
    }
}
