import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Times one save in `intentions serve` as a browser sees it: in the first line of FILE holding FIND, replaces
 * everything from FIND to the end of the line with TEXT, saving as editors do (a temporary file renamed over the
 * original), then asks for PAGE over one kept-alive HTTP connection every 2 ms until the page holds TEXT, and
 * prints the milliseconds from the rename to that answer. The connection and this JVM are warmed up before the
 * save, so only serve's own time is measured (a curl per poll adds its start-up to every sample).
 *
 * <p>Run by bench/run.sh (compiled once) as {@code java -cp DIR SaveToVisible FILE FIND TEXT PAGE}; TEXT should
 * be plain words (it is looked for in the page's HTML as it is). Exits 1 when the page does not show it in 120 s.
 */
public final class SaveToVisible {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String find = args[1];
        String text = args[2];
        URI page = URI.create(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(30)).build();
        for (int i = 0; i < 30; i++) {
            http.send(get, HttpResponse.BodyHandlers.ofString()); // the connection opened and the client warm
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int at = -1;
        for (int i = 0; i < lines.size() && at < 0; i++) {
            if (lines.get(i).contains(find)) {
                at = i;
            }
        }
        if (at < 0) {
            System.err.println("no line holding \"" + find + "\" in " + file);
            System.exit(2);
        }
        String line = lines.get(at);
        lines.set(at, line.substring(0, line.indexOf(find)) + text);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        long deadline = start + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains(text)) {
                System.out.println((System.nanoTime() - start) / 1_000_000);
                return;
            }
            Thread.sleep(2);
        }
        System.err.println("the page did not show the edit within 120 s: " + page);
        System.exit(1);
    }
}
