package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.nhs.intentions.pipeline.BuildResult;
import uk.nhs.intentions.pipeline.SiteBuild;
import uk.nhs.intentions.testing.EveryTemplateSite;

/**
 * Every free-text field of every content type (site title, providers, priorities, groups, plan, sections,
 * intentions and their continuation rows, narrative front matter and body, meetings, budget titles, labels,
 * notes, columns and charts, rounds, responses) holds a script element and an attribute-breaking event handler.
 * The site must build, contain no script or on* attribute from content, show each field's text escaped, and
 * write only the files a site is made of.
 */
class HostileEveryFieldTest {
    private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"alert(1) ";
    private static final Set<String> THEME_SCRIPTS = Set.of("assets/vendor/minisearch-7.2.0.js", "search-index.js",
            "assets/search.js");
    private static final Pattern SITE_FILE = Pattern.compile("\\.intentions-site|index\\.html|404\\.html|search\\.html|accessibility\\.html|glossary\\.html"
            + "|search-index\\.js|sitemap\\.xml|robots\\.txt|assets/[a-zA-Z0-9./-]+"
            + "|(providers|priorities|groups|commissioners)/[a-z0-9-]+\\.html|providers/[a-z0-9-]+\\.atom|schemas/plan-1\\.0\\.schema\\.json"
            + "|plans/test-2008-09/(feed\\.atom|data/[a-z-]+\\.(csv|json|html))"
            + "|plans/test-2008-09/documents/(board-pack|providers/[a-z0-9-]+)\\.pdf"
            + "|plans/test-2008-09/(index\\.html|all-intentions\\.html|how-to-respond\\.html|at-a-glance\\.html"
            + "|(sections|intentions|narrative|meetings|budgets|changes|responses|status)"
            + "/[a-z0-9-]+\\.html|charts/[a-z0-9-]+\\.svg)");

    @TempDir
    Path dir;

    @Test
    void hostileTextInEveryFieldIsEscapedOnEveryPage() throws IOException {
        EveryTemplateSite.Written w = EveryTemplateSite.write(dir.resolve("src"), n -> HOSTILE + "[f" + n + "]");
        Path out = dir.resolve("out");
        BuildResult r = SiteBuild.build(w.config(), out);
        assertEquals(0, r.exitCode(), () -> r.diagnostics().toString());

        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        List<String> files;
        try (Stream<Path> s = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        for (String f : files) {
            if (!SITE_FILE.matcher(f).matches()) {
                problems.add("unexpected output file " + f);
            }
            if (f.endsWith(".pdf")) {
                // the hostile text is printed as text, and nothing in it became a script or an action
                byte[] pdf = Files.readAllBytes(out.resolve(f));
                try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                    String printed = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
                    if (!printed.contains("<script>alert(1)</script>")) {
                        problems.add(f + ": the content's text is not printed as text");
                    }
                    if (d.getDocumentCatalog().getNames() != null
                            && d.getDocumentCatalog().getNames().getJavaScript() != null
                            || d.getDocumentCatalog().getOpenAction() != null) {
                        problems.add(f + ": script or open action in a PDF");
                    }
                }
                continue;
            }
            String text = Files.readString(out.resolve(f), StandardCharsets.UTF_8);
            if (f.endsWith(".svg")) {
                Document svg = Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser());
                if (!svg.select("script").isEmpty() || svg.getAllElements().stream().anyMatch(e -> e.attributes()
                        .asList().stream().anyMatch(a -> a.getKey().toLowerCase().startsWith("on")))) {
                    problems.add(f + ": script or event handler in a chart");
                }
                if (!text.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
                    problems.add(f + ": chart text not escaped");
                }
            }
            if (f.endsWith(".atom")) {
                try {
                    // a feed must stay well-formed XML whatever the content says
                    javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
                    xml.setNamespaceAware(true);
                    xml.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
                } catch (Exception e) {
                    problems.add(f + ": not well-formed XML: " + e.getMessage());
                }
                if (text.contains("<script")) {
                    problems.add(f + ": unescaped markup in a feed");
                }
            }
            if (f.endsWith(".json")) {
                try {
                    new tools.jackson.databind.ObjectMapper().readTree(text);
                } catch (RuntimeException e) {
                    problems.add(f + ": not valid JSON: " + e.getMessage());
                }
            }
            if (f.endsWith(".js") && f.startsWith("search-index") && text.contains("</script")) {
                problems.add(f + ": the search index could close a script element");
            }
            if (!f.endsWith(".html")) {
                continue;
            }
            Document d = Jsoup.parse(text);
            for (Element script : d.select("script")) {
                if (script.attr("type").equals("application/ld+json")) {
                    // metadata, not a script: it must be JSON and unable to close its element
                    try {
                        new tools.jackson.databind.ObjectMapper().readTree(script.data());
                    } catch (RuntimeException e) {
                        problems.add(f + ": JSON-LD that is not JSON: " + e.getMessage());
                    }
                    if (script.data().contains("<")) {
                        problems.add(f + ": unescaped < in JSON-LD");
                    }
                    continue;
                }
                if (!THEME_SCRIPTS.contains(script.attr("src")) || !script.data().isBlank()) {
                    problems.add(f + ": script element from content: " + script.outerHtml());
                }
            }
            for (Element e : d.getAllElements()) {
                e.attributes().forEach(a -> {
                    if (a.getKey().toLowerCase().startsWith("on")) {
                        problems.add(f + ": event handler attribute " + a + " on <" + e.tagName() + ">");
                    }
                    if (a.getValue().toLowerCase().contains("javascript:")) {
                        problems.add(f + ": javascript: URL " + a);
                    }
                });
            }
            if (text.contains("<script>alert") || text.contains("\" onmouseover=\"alert")) {
                problems.add(f + ": unescaped hostile text in the HTML source");
            }
            // each marker must appear as text right after the whole payload, shown literally
            var m = Pattern.compile(Pattern.quote(HOSTILE.strip()) + "\\s*\\[f(\\d+)]").matcher(d.text()
                    + " " + d.select("[title], [alt], [aria-label], meta[content]").eachAttr("title") + " "
                    + d.select("[alt]").eachAttr("alt") + " " + d.select("[aria-label]").eachAttr("aria-label")
                    + " " + d.select("meta[content]").eachAttr("content"));
            while (m.find()) {
                seen.add(m.group(1));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= w.fields(); i++) {
            if (!seen.contains(String.valueOf(i))) {
                missing.add("f" + i);
            }
        }
        assertTrue(w.fields() >= 70, "the fixture fills every field: " + w.fields());
        assertEquals(List.of(), missing, "fields whose text never appears escaped on any page (see every-template.txtar)");
        try (Stream<Path> s = Files.list(dir)) {
            // the output is a link to its release, kept beside it (see publish.Release)
            assertEquals(List.of(".out.releases", "out", "src"), s.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "nothing written outside the output folder");
        }
    }
}
