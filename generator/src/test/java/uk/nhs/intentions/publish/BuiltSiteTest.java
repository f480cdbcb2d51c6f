package uk.nhs.intentions.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.nhs.intentions.model.Intention;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.testing.BundledSite;

/** The bundled site as a reader and a crawler see it: links, orphans, sitemap, search index, page basics. */
class BuiltSiteTest {
    private static final String BASE = "https://example.nhs.uk/commissioning/";
    private static BundledSite site;

    @BeforeAll
    static void build() {
        site = BundledSite.get();
        assertEquals(0, site.result.exitCode(), () -> "build failed: " + site.result.diagnostics());
    }

    /** Site path → the site paths it links to; fragments checked along the way. */
    private static Map<String, Set<String>> linkGraph(List<String> problems) {
        Map<String, Set<String>> graph = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (String page : site.htmlPages()) {
            Document d = site.page(page);
            Set<String> targets = new TreeSet<>();
            for (Element e : d.select("[href], [src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                String href = e.attr(attr);
                if (page.equals("404.html") && href.startsWith("/commissioning/")) {
                    href = href.substring("/commissioning/".length());  // 404.html links from the base URL's path
                }
                if (e.tagName().equals("link") && e.attr("rel").equals("canonical")) {
                    continue;
                }
                String[] t = BundledSite.resolve(page, href);
                if (t == null) {
                    continue;
                }
                if (!Files.isRegularFile(site.out.resolve(t[0]))) {
                    problems.add(page + ": " + attr + "=\"" + e.attr(attr) + "\" points at missing " + t[0]);
                    continue;
                }
                if (t[1] != null && !t[1].isEmpty() && t[0].endsWith(".html")) {
                    Set<String> known = ids.computeIfAbsent(t[0], p -> {
                        Set<String> s = new HashSet<>();
                        site.page(p).select("[id]").forEach(x -> s.add(x.id()));
                        return s;
                    });
                    if (!known.contains(t[1])) {
                        problems.add(page + ": " + href + " points at a missing anchor #" + t[1]);
                    }
                }
                if (!t[0].equals(page)) {
                    targets.add(t[0]);
                }
            }
            graph.put(page, targets);
        }
        return graph;
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> graph = linkGraph(problems);
        assertTrue(graph.values().stream().mapToInt(Set::size).sum() > 1000, "links were found and checked");
        assertTrue(problems.isEmpty(), () -> problems.size() + " broken links:\n" + String.join("\n", problems));
        List<String> broken = LinkChecker.check(site.out, "/commissioning/").stream()
                .map(BrokenLink::format).toList();
        assertEquals(List.of(), broken, "the link checker users run (`check --links`) agrees");
    }

    @Test
    void noPageIsAnOrphan() {
        Map<String, Set<String>> graph = linkGraph(new ArrayList<>());
        Set<String> linked = new HashSet<>();
        graph.values().forEach(linked::addAll);
        List<String> orphans = site.htmlPages().stream()
                .filter(p -> !p.equals("404.html") && !linked.contains(p)).toList();
        assertTrue(orphans.isEmpty(), () -> "pages no other page links to: " + orphans);
    }

    @Test
    void everyPageIsReachableFromTheHomePage() {
        Map<String, Set<String>> graph = linkGraph(new ArrayList<>());
        Set<String> seen = new HashSet<>(Set.of("index.html"));
        List<String> todo = new ArrayList<>(List.of("index.html"));
        while (!todo.isEmpty()) {
            for (String t : graph.getOrDefault(todo.remove(0), Set.of())) {
                if (t.endsWith(".html") && seen.add(t)) {
                    todo.add(t);
                }
            }
        }
        List<String> unreachable = site.htmlPages().stream()
                .filter(p -> !p.equals("404.html") && !seen.contains(p)).toList();
        assertTrue(unreachable.isEmpty(), () -> "not reachable from the home page: " + unreachable);
    }

    @Test
    void everyPageHasOneH1LandmarksDescriptionAndCanonical() {
        List<String> problems = new ArrayList<>();
        for (String page : site.htmlPages()) {
            Document d = site.page(page);
            if (d.select("h1").size() != 1) {
                problems.add(page + ": " + d.select("h1").size() + " h1 elements");
            }
            if (d.select("main#main").size() != 1 || d.select("header").isEmpty() || d.select("footer").isEmpty()
                    || d.select("nav[aria-label=Site]").isEmpty()) {
                problems.add(page + ": missing landmark");
            }
            if (d.select("a.skip-link[href=#main]").isEmpty()) {
                problems.add(page + ": no skip link");
            }
            String description = d.select("meta[name=description]").attr("content");
            if (description.isBlank()) {
                problems.add(page + ": no meta description");
            }
            if (!d.select("html").attr("lang").equals("en-GB")) {
                problems.add(page + ": no lang");
            }
            if (d.select("nav[aria-label=Site] a[aria-current]").size() > 1) {
                problems.add(page + ": more than one current nav item");
            }
            for (Element table : d.select("table")) {
                // a caption, or (for a table that scrolls sideways) a visible caption outside its scroll region
                boolean named = !table.select("> caption").isEmpty() || (table.hasAttr("aria-labelledby")
                        && d.getElementById(table.attr("aria-labelledby")) != null);
                if (!named || table.select("th:not([scope])").size() > 0) {
                    problems.add(page + ": table without caption or with th lacking scope");
                }
            }
            Set<String> seenIds = new HashSet<>();
            d.select("[id]").forEach(e -> {
                if (!seenIds.add(e.id())) {
                    problems.add(page + ": duplicate id " + e.id());
                }
            });
            String canonical = d.select("link[rel=canonical]").attr("href");
            if (page.equals("404.html")) {
                if (!canonical.isEmpty() || d.select("meta[name=robots][content=noindex]").isEmpty()) {
                    problems.add(page + ": 404 must be noindex without canonical");
                }
            } else if (!canonical.equals(BASE + (page.endsWith("index.html")
                    ? page.substring(0, page.length() - "index.html".length()) : page))) {
                problems.add(page + ": canonical " + canonical); // index.html pages are canonical at their folder
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertEquals("https://example.nhs.uk/commissioning/",
                site.page("index.html").select("link[rel=canonical]").attr("href"));
        assertEquals("https://example.nhs.uk/commissioning/plans/west-herts-2008-09/",
                site.page("plans/west-herts-2008-09/index.html").select("link[rel=canonical]").attr("href"));
        assertEquals("https://example.nhs.uk/commissioning/providers/",
                site.page("providers/index.html").select("link[rel=canonical]").attr("href"));
        assertEquals("https://example.nhs.uk/commissioning/search.html",
                site.page("search.html").select("link[rel=canonical]").attr("href"));
    }

    @Test
    void breadcrumbsAndNavMarkTheCurrentPage() {
        Document d = site.page("providers/west-herts-hospitals.html");
        assertEquals("true", d.select("nav[aria-label=Site] a:containsOwn(Providers)").attr("aria-current"));
        assertEquals("West Hertfordshire Hospitals NHS Trust",
                d.select("nav.breadcrumbs [aria-current=page]").text());
        Document home = site.page("index.html");
        assertEquals("page", home.select("nav[aria-label=Site] a:containsOwn(Home)").attr("aria-current"));
    }

    @Test
    void sitemapListsEveryPageAtItsBaseUrlWithNoInventedDate() {
        String xml = site.text("sitemap.xml");
        // the bundled site has no build_date (and the test gives no SOURCE_DATE_EPOCH): no lastmod at all
        assertFalse(xml.contains("<lastmod>"), "no build date, so no lastmod");
        Matcher m = Pattern.compile("<url><loc>([^<]+)</loc></url>").matcher(xml);
        Set<String> locs = new TreeSet<>();
        while (m.find()) {
            locs.add(m.group(1));
        }
        assertEquals(site.htmlPages().size() - 1, locs.size(), "every page but 404.html, once");
        assertTrue(locs.containsAll(List.of("https://example.nhs.uk/commissioning/",
                "https://example.nhs.uk/commissioning/plans/west-herts-2008-09/",
                "https://example.nhs.uk/commissioning/providers/",
                "https://example.nhs.uk/commissioning/search.html")), locs::toString);
        assertTrue(locs.stream().noneMatch(l -> l.endsWith("index.html") || l.endsWith("404.html")), locs::toString);
        assertTrue(site.text("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
    }

    @Test
    void searchIndexHoldsEveryIntentionAndEveryKindOfThing() {
        String js = site.text("search-index.js");
        assertTrue(js.startsWith("/*") && js.contains("window.intentionsSearchIndex = {\"documents\":["));
        for (Plan plan : site.model.plans()) {
            for (Intention i : plan.intentions()) {
                String href = "\"href\":\"plans/" + plan.id() + "/intentions/" + i.id() + ".html\"";
                assertTrue(js.contains(href), () -> "search index lacks " + i.id());
                assertTrue(js.contains("\"id\":\"intention:" + plan.id() + ":" + i.id() + "\""), i.id());
            }
        }
        site.model.providers().forEach(p -> assertTrue(js.contains("\"href\":\"providers/" + p.id() + ".html\"")));
        site.model.priorities().forEach(p -> assertTrue(js.contains("\"href\":\"priorities/" + p.id() + ".html\"")));
        site.model.groups().forEach(g -> assertTrue(js.contains("\"href\":\"groups/" + g.id() + ".html\"")));
        assertTrue(js.contains("\"kind\":\"Narrative\"") && js.contains("\"kind\":\"Meeting\""));
        assertFalse(js.contains("</script"), "index must be safe to load as a script");
    }

    @Test
    void searchPageWorksWithoutJavaScriptAndLoadsTheLocalLibrary() {
        Document d = site.page("search.html");
        assertFalse(d.select("noscript").isEmpty());
        assertTrue(d.select("noscript").html().contains("JavaScript"));
        assertFalse(d.select("a[href=providers/index.html]").isEmpty(), "the provider index is offered");
        assertFalse(d.select("a[href=providers/index.html#letter-W]").isEmpty(), "A–Z links are offered");
        List<String> scripts = d.select("script[src]").eachAttr("src");
        assertEquals(List.of("assets/vendor/minisearch-7.2.0.js", "search-index.js", "assets/search.js"), scripts);
        assertTrue(Files.isRegularFile(site.out.resolve("assets/vendor/minisearch-LICENSE.txt")));
        for (String page : site.htmlPages()) {
            site.page(page).select("script[src], link[href]").forEach(e -> {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertTrue(!url.startsWith("http") || e.attr("rel").equals("canonical"),
                        () -> page + " loads an external resource " + url);
            });
        }
    }

    @Test
    void notFoundPageLinksFromTheBaseUrlPath() {
        Document d = site.page("404.html");
        assertEquals("/commissioning/assets/site.css", d.select("link[rel=stylesheet]").attr("href"));
        assertEquals("/commissioning/index.html", d.select("a.site-name").attr("href"));
    }
}
