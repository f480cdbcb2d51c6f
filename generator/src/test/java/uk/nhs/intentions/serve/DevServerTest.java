package uk.nhs.intentions.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static side of the server, on a hand-made site folder. */
class DevServerTest {
    @TempDir
    Path dir;

    private DevServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<html><body><h1>Home</h1></body></html>");
        Files.writeString(site.resolve("404.html"), "<html><body><h1>Not here</h1></body></html>");
        Files.writeString(site.resolve("chart.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        Files.writeString(site.resolve("search.js"), "var x = 1;");
        Files.writeString(site.resolve("search.json"), "{}");
        Files.writeString(site.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(site.resolve(".intentions-site"), "marker");
        Files.createDirectories(site.resolve("providers"));
        Files.writeString(site.resolve("providers/index.html"), "<html><body>Providers</body></html>");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        server = DevServer.bind(0, new LiveReload());
        server.show(new DevServer.Served(site.toAbsolutePath().normalize(), "/sub/", null));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void contentTypesFolderIndexesAndRedirects() throws Exception {
        assertEquals("image/svg+xml; charset=utf-8", type("/sub/chart.svg"));
        assertEquals("text/javascript; charset=utf-8", type("/sub/search.js"));
        assertEquals("application/json; charset=utf-8", type("/sub/search.json"));
        assertEquals("application/xml; charset=utf-8", type("/sub/sitemap.xml"));
        assertEquals("text/html; charset=utf-8", type("/sub/"));
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", get("/sub/chart.svg").body(),
                "non-HTML files are served untouched");
        assertTrue(get("/sub/providers/").body().contains("Providers"));
        HttpResponse<String> folder = get("/sub/providers");
        assertEquals(302, folder.statusCode());
        assertEquals("/sub/providers/", folder.headers().firstValue("Location").orElse(""));
        assertEquals("/sub/", get("/").headers().firstValue("Location").orElse(""));
        assertEquals(405, http.send(HttpRequest.newBuilder(uri("/sub/")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void missingPagesGetTheSites404Page() throws Exception {
        HttpResponse<String> r = get("/sub/no-such-page.html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Not here"));
        assertTrue(r.body().contains(LiveReload.WAIT));
        assertEquals(404, get("/sub/.intentions-site").statusCode(), "hidden files are not served");
    }

    @Test
    void pathsEscapingTheSiteAreRefused() throws Exception {
        for (String path : new String[] {"/sub/../secret.txt", "/sub/%2e%2e/secret.txt", "/sub/..%2fsecret.txt",
                "/sub/%2e%2e%5csecret.txt", "/sub/providers/../../secret.txt"}) {
            String response = raw(path);
            assertFalse(response.contains("secret\n") || response.endsWith("secret"), path + ":\n" + response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"),
                    path + ":\n" + response);
        }
    }

    @Test
    void whileBrokenPagesShowTheProblemsButAssetsStillLoad() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/content"));
        Files.writeString(src.resolve("providers.yml"), "providers:\n  - id: Bad Id\n");
        var d = uk.nhs.intentions.diagnostic.Diagnostic.error(
                new uk.nhs.intentions.model.SourcePos("content/providers.yml", 2, 11), "bad <id>");
        server.show(new DevServer.Served(dir.resolve("site").toAbsolutePath().normalize(), "/sub/",
                ErrorReport.of(java.util.List.of(d), dir.resolve("src"))));
        String page = get("/sub/providers/").body();
        assertTrue(page.contains("content/providers.yml:2:11"), page);
        assertTrue(page.contains("bad &lt;id&gt;"), page);
        assertTrue(page.contains("2 |   - id: Bad Id"), page);
        assertEquals("{}", get("/sub/search.json").body());
    }

    private String raw(String path) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream o = s.getOutputStream();
            o.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String type(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path);
        return r.headers().firstValue("Content-Type").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
