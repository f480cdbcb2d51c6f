package uk.nhs.intentions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.diagnostic.Diagnostics;
import uk.nhs.intentions.load.ConfigLoader;
import uk.nhs.intentions.load.ContentLoader;
import uk.nhs.intentions.load.SiteConfig;
import uk.nhs.intentions.model.Site;

/**
 * The bundled West Hertfordshire site, built once per test run into a temporary folder, with its pages
 * parsed by jsoup and its content model loaded separately (so tests can compute expectations themselves).
 * Maven runs tests from the module folder, so the site's config is {@code ../site-config.yml}.
 */
public final class BundledSite {
    public static final Path CONFIG = Path.of("../site-config.yml").toAbsolutePath().normalize();
    /** The fictional, bannered example of a plan across consultation rounds. */
    public static final Path EXAMPLE_CONFIG = Path.of("../examples/consultation/site-config.yml").toAbsolutePath()
            .normalize();

    private static BundledSite instance;
    private static BundledSite example;
    private static BundledSite multi;
    private static BundledSite compare;

    public final Path out;
    public final BuildResult result;
    public final Site model;
    private final Map<String, Document> docs = new ConcurrentHashMap<>();

    /** A site already built into {@code out}, for reading its pages (no model, no result). */
    private BundledSite(Path out) {
        this.out = out;
        this.result = null;
        this.model = null;
    }

    public static BundledSite at(Path out) {
        return new BundledSite(out);
    }

    private BundledSite(Path config, Path out) {
        this.out = out;
        // no SOURCE_DATE_EPOCH whatever the machine's environment: the pages are the same on every run
        this.result = SiteBuild.build(config, out, Map.of());
        Diagnostics diags = new Diagnostics();
        SiteConfig loaded = ConfigLoader.load(config, diags, Map.of()).orElseThrow();
        this.model = ContentLoader.load(loaded, diags).orElseThrow();
    }

    public static synchronized BundledSite get() {
        if (instance == null) {
            instance = build(CONFIG, "intentions-bundled-");
        }
        return instance;
    }

    /** The example site (examples/consultation), built once per test run. */
    public static synchronized BundledSite example() {
        if (example == null) {
            example = build(EXAMPLE_CONFIG, "intentions-example-");
        }
        return example;
    }

    /** The fictional multi-commissioner fixture (src/test/resources/multi), built once per test run. */
    public static synchronized BundledSite multi() {
        if (multi == null) {
            multi = build(MultiPlanSite.CONFIG, "intentions-multi-");
        }
        return multi;
    }

    /** The invented two-commissioner, two-year fixture of the comparison pages (src/test/resources/compare-site). */
    public static synchronized BundledSite compare() {
        if (compare == null) {
            compare = build(Path.of("src/test/resources/compare-site/site-config.yml").toAbsolutePath().normalize(),
                    "intentions-compare-");
        }
        return compare;
    }

    private static BundledSite build(Path config, String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return new BundledSite(config, dir.resolve("site"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every generated HTML file, as site paths with forward slashes, sorted. */
    public List<String> htmlPages() {
        try (Stream<Path> s = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(String sitePath) {
        return docs.computeIfAbsent(sitePath, p -> {
            try {
                return Jsoup.parse(out.resolve(p).toFile(), "UTF-8", "file:///site/" + p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public String text(String sitePath) {
        try {
            return Files.readString(out.resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves a link written on a page to a site path and fragment ("providers/x.html", "topic-y"), or null
     * when it leaves the site (http, mailto). Links are resolved as a browser would, relative to the page.
     */
    public static String[] resolve(String fromPage, String href) {
        if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
            return null;
        }
        URI base = URI.create("file:///site/" + fromPage);
        URI target = base.resolve(href);
        String path = target.getPath();
        if (!path.startsWith("/site/")) {
            return new String[] {"<outside the site>" + path, null};
        }
        String rel = path.substring("/site/".length());
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel = rel + "index.html";
        }
        return new String[] {rel, target.getFragment()};
    }

    public static Map<String, String> sorted(Map<String, String> m) {
        return new TreeMap<>(m);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
