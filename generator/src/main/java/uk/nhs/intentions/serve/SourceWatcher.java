package uk.nhs.intentions.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Watches the site's sources — content and themes folders (recursively, including folders created, removed
 * or renamed later) and the configuration file — and calls back once per burst of changes: after the first
 * relevant event it waits until the files have been quiet for a short while, so an editor's write, rename
 * and second save make one rebuild. Editor scratch files and hidden files are ignored.
 */
final class SourceWatcher implements Closeable {

    /** What to watch; re-read after every rebuild, since the configuration may move the folders. */
    record Sources(Path siteRoot, Path configFile, List<Path> folders, List<Path> excluded) {
        Sources {
            siteRoot = siteRoot.toAbsolutePath().normalize();
            configFile = configFile.toAbsolutePath().normalize();
            folders = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
            excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        }
    }

    private final WatchService ws;
    private final Supplier<Sources> sources;
    private final Duration quiet;
    private final Runnable onChange;
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Thread thread;
    /** When the burst being handled began (System.nanoTime of its first relevant event), for `serve --stats`. */
    private volatile long burstStart;

    SourceWatcher(Supplier<Sources> sources, Duration quiet, Runnable onChange) throws IOException {
        this.ws = FileSystems.getDefault().newWatchService();
        this.sources = sources;
        this.quiet = quiet;
        this.onChange = onChange;
        sync();
        this.thread = new Thread(this::loop, "intentions-watch");
        thread.setDaemon(true);
    }

    /** Milliseconds from the first event of the burst being handled until now. */
    long sinceBurstStart() {
        return (System.nanoTime() - burstStart) / 1_000_000;
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        ws.close();
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Editor temp files: vim swap files and its 4913 probe, backups ending in ~, emacs locks, JetBrains temps. */
    static boolean isScratch(String name) {
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo") || name.endsWith("~")
                || name.startsWith(".#") || name.equals("4913") || (name.startsWith("#") && name.endsWith("#"))
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___") || name.endsWith(".tmp")
                || name.endsWith(".crswap");
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = ws.take();
                long first = System.nanoTime();
                boolean relevant = drain(key);
                if (!relevant) {
                    continue;
                }
                burstStart = first;
                // A burst: keep collecting until nothing has happened for the quiet period.
                while (true) {
                    WatchKey more = ws.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                    if (more == null) {
                        break;
                    }
                    drain(more);
                }
                sync();
                try {
                    onChange.run();
                } catch (Throwable e) { // never let a failed rebuild end the watching: the next save must count
                    System.err.println("intentions serve: rebuild failed: " + e);
                }
                sync();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Reads a key's events; returns whether any of them concerns the sources. Registers new folders. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        Sources s = sources.get();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == OVERFLOW) {
                relevant = true;
                overflowed = true; // events were lost, a new folder's among them maybe: the next sync walks all
                continue;
            }
            Path p = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
            if (!concerns(s, p)) {
                continue;
            }
            relevant = true;
            if (e.kind() == ENTRY_CREATE && Files.isDirectory(p)) {
                registerTree(p, s);
            }
        }
        if (!key.reset()) {
            keys.remove(dir);
        }
        return relevant;
    }

    /** The configuration file, anything inside a watched folder, or a folder on the way to one. */
    static boolean concerns(Sources s, Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        if (isScratch(name) || hidden(s.siteRoot(), p)) {
            return false;
        }
        for (Path x : s.excluded()) {
            if (p.startsWith(x)) {
                return false;
            }
        }
        if (p.equals(s.configFile())) {
            return true;
        }
        for (Path f : s.folders()) {
            if (p.startsWith(f) || f.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path root, Path p) {
        Path rel = p.startsWith(root) ? root.relativize(p) : p.getFileName();
        if (rel == null) {
            return false;
        }
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Set when the system dropped events; read and cleared on the watching thread only. */
    private boolean overflowed;

    /** Registers every folder to watch that is not yet registered; forgets folders that are gone. */
    private void sync() {
        keys.entrySet().removeIf(e -> !e.getValue().isValid());
        Sources s = sources.get();
        register(s.configFile().getParent());
        for (Path f : s.folders()) {
            if (!overflowed && keys.containsKey(f.toAbsolutePath().normalize())) {
                continue; // its sub-folders were registered with it, or on their creation (see drain)
            }
            if (Files.isDirectory(f)) {
                registerTree(f, s);
            } else {
                // Watch the nearest existing parent, so the folder's creation is noticed.
                Path up = f.getParent();
                while (up != null && !Files.isDirectory(up)) {
                    up = up.getParent();
                }
                if (up != null && up.startsWith(s.siteRoot())) {
                    register(up);
                }
            }
        }
        overflowed = false;
    }

    /**
     * Registers {@code dir} and every folder under it. Each folder is registered before its entries are listed:
     * a sub-folder made from then on is an event of its own, and one made before is in the listing, so a folder
     * tree made quickly ({@code mkdir -p}) is followed in full however the two race.
     */
    private void registerTree(Path dir, Sources s) {
        Path abs = dir.toAbsolutePath().normalize();
        if (hidden(s.siteRoot(), abs) || s.excluded().stream().anyMatch(abs::startsWith) || !Files.isDirectory(abs)) {
            return;
        }
        register(abs);
        if (Files.isSymbolicLink(abs)) {
            return; // watched, not walked into (as Files.walk would not)
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(abs)) {
            for (Path e : entries) {
                if (Files.isDirectory(e)) {
                    registerTree(e, s);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // the folder vanished while we listed it; its deletion is an event of its parent
        }
    }

    private void register(Path dir) {
        if (dir == null || keys.containsKey(dir)) {
            return;
        }
        try {
            keys.put(dir, dir.register(ws, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
        } catch (IOException | ClosedWatchServiceException e) {
            // gone already, or closing
        }
    }
}
