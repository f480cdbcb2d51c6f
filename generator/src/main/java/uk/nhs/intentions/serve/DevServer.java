package uk.nhs.intentions.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the built site on 127.0.0.1 under the path of the configured {@code base_url}, with the live-reload
 * script added to HTML responses, and the error page in place of HTML pages while the content is broken.
 * Requests never wait for a rebuild: the site folder is a link switched atomically to each new release, so
 * a request reads the last good site or the new one. A small fixed pool answers requests; live-reload polls
 * are parked without a thread (see {@link LiveReload}).
 */
final class DevServer {
    static final String LAST_GOOD = "intentions-last-good";
    private static final long POLL_MILLIS = 25_000;
    /** Threads answering requests: a browser opens about six connections; polls hold none. */
    static final int THREADS = 8;

    /** What is served: the last good site (or null), its base path ("/" or "/sub/"), and current problems. */
    record Served(Path dir, String basePath, ErrorReport problems) {
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final LiveReload reload;
    private volatile Served served = new Served(null, "/", null);
    /**
     * Requests read files under the read lock; a rebuild swaps its changed files in under the write lock, so no
     * request reads the site halfway through the swap.
     */
    private final java.util.concurrent.locks.ReadWriteLock files =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    private DevServer(HttpServer server, LiveReload reload) {
        this.server = server;
        this.reload = reload;
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "intentions-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** Binds the loopback port (0 for any free one); throws {@link java.net.BindException} if it is taken. */
    static DevServer bind(int port, LiveReload reload) throws IOException {
        // The JDK's server writes a response's headers and body separately; with Nagle's algorithm on, the body
        // then waits for the browser's delayed acknowledgement, 40 ms on Linux, on every request of a kept-alive
        // connection (which browsers use for a page's styles, scripts and images). Read once, on first use.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        return new DevServer(s, reload);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** What a rebuild holds while it changes the served files (see {@link #files}). */
    java.util.concurrent.locks.Lock swapping() {
        return files.writeLock();
    }

    void show(Served s) {
        served = s;
    }

    void stop() {
        reload.close();
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        boolean parked = false;
        try {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are supported.\n"));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (path == null || !path.startsWith("/")) {
                send(ex, 400, "text/plain; charset=utf-8", bytes("Bad request.\n"));
                return;
            }
            if (path.equals(LiveReload.WAIT)) {
                parked = poll(ex);
                return;
            }
            serve(ex, path, served);
        } catch (IOException e) {
            // the browser went away; nothing to do
        } finally {
            if (!parked) {
                ex.close();
            }
        }
    }

    /** Parks a live-reload poll until the site changes; returns whether it was parked (answered later). */
    private boolean poll(HttpExchange ex) throws IOException {
        long since = -1;
        String q = ex.getRequestURI().getQuery();
        if (q != null && q.startsWith("since=")) {
            try {
                since = Long.parseLong(q.substring("since=".length()));
            } catch (NumberFormatException e) {
                since = -1;
            }
        }
        boolean parked = reload.await(since, POLL_MILLIS, now -> {
            try (ex) {
                send(ex, 200, "application/json; charset=utf-8", bytes("{\"generation\":" + now + "}"));
            } catch (IOException e) {
                // the tab went away
            }
        });
        if (!parked) {
            ex.getResponseHeaders().set("Retry-After", "2");
            send(ex, 503, "text/plain; charset=utf-8", bytes("Too many open tabs are waiting; try again.\n"));
        }
        return parked;
    }

    private void serve(HttpExchange ex, String path, Served s) throws IOException {
        String base = s.basePath();
        if (!path.startsWith(base)) {
            if (path.equals("/") || (path + "/").equals(base)) {
                redirect(ex, base);
            } else {
                notFound(ex, s, "This address is outside the site, which is served at " + base);
            }
            return;
        }
        String rel = path.substring(base.length());
        if (!safe(rel)) {
            notFound(ex, s, "No such page.");
            return;
        }
        boolean lastGood = LAST_GOOD.equals(ex.getRequestURI().getQuery());
        if (s.problems() != null && !lastGood && looksLikePage(rel)) {
            String href = s.dir() == null ? null : path + "?" + LAST_GOOD;
            sendHtml(ex, 200, bytes(s.problems().page(href)));
            return;
        }
        if (s.dir() == null) {
            send(ex, 503, "text/plain; charset=utf-8", bytes("The site has not been built yet.\n"));
            return;
        }
        Path root = s.dir();
        Path file = rel.isEmpty() ? root : root.resolve(rel).normalize();
        if (!file.startsWith(root)) {
            notFound(ex, s, "No such page.");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!rel.isEmpty() && !rel.endsWith("/")) {
                redirect(ex, path + "/");
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            notFound(ex, s, "No such page.");
            return;
        }
        byte[] body;
        try {
            body = read(file);
        } catch (java.nio.file.NoSuchFileException e) {
            notFound(ex, s, "No such page."); // removed by the rebuild that switched the site just now
            return;
        }
        String name = file.getFileName().toString();
        if (ContentTypes.isHtml(name)) {
            sendHtml(ex, 200, body);
        } else {
            send(ex, 200, ContentTypes.of(name), body);
        }
    }

    /** Site paths may not climb out of the site, name hidden files, or hold odd characters. */
    static boolean safe(String rel) {
        if (rel.contains("\\") || rel.contains("\0") || rel.startsWith("/")) {
            return false;
        }
        for (String part : rel.split("/", -1)) {
            if (part.startsWith(".") || part.chars().anyMatch(Character::isISOControl)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikePage(String rel) {
        String last = rel.substring(rel.lastIndexOf('/') + 1);
        return last.isEmpty() || !last.contains(".") || ContentTypes.isHtml(last);
    }

    private void notFound(HttpExchange ex, Served s, String text) throws IOException {
        if (s.dir() != null) {
            Path page = s.dir().resolve("404.html");
            if (Files.isRegularFile(page)) {
                sendHtml(ex, 404, read(page));
                return;
            }
        }
        send(ex, 404, "text/plain; charset=utf-8", bytes(text + "\n"));
    }

    /** A served file's bytes, read while no rebuild is swapping files in (the lock is not held while sending). */
    private byte[] read(Path file) throws IOException {
        files.readLock().lock();
        try {
            return Files.readAllBytes(file);
        } finally {
            files.readLock().unlock();
        }
    }

    private void redirect(HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().set("Location", to);
        send(ex, 302, "text/plain; charset=utf-8", bytes("See " + to + "\n"));
    }

    private void sendHtml(HttpExchange ex, int status, byte[] html) throws IOException {
        send(ex, status, "text/html; charset=utf-8", LiveReload.inject(html, reload.generation()));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
