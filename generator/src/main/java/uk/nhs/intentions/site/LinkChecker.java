package uk.nhs.intentions.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds broken internal links in a written site: every {@code href}, {@code src} and {@code srcset} of every
 * HTML page must name a file inside the site, and a {@code #fragment} on an HTML page must name an element's
 * {@code id} (or an {@code <a name>}) there. Links that leave the site (http, https, mailto, tel) are not
 * followed; the canonical link is skipped. Root-absolute links ({@code /commissioning/x.html}, as the 404 page
 * writes them) are resolved from {@code rootPath}, the path of the site's base URL.
 *
 * <p>Pure reading, no HTML library: the pages are generated, so a small tag scanner that understands quoted
 * attributes, comments, entities and raw-text elements (script, style) is enough.
 */
public final class LinkChecker {
    /** One broken reference: the page (site path), the link as written, and why it is broken. */
    public record BrokenLink(String page, String target, String reason) {
        public String format() {
            return page + ": error: broken link to " + target + " (" + reason + ")";
        }
    }

    /** Thrown inside a build to stop the swap when the written site has broken links. */
    public static final class BrokenLinksException extends RuntimeException {
        private final transient List<BrokenLink> links;

        public BrokenLinksException(List<BrokenLink> links) {
            super(links.size() + " broken links");
            this.links = List.copyOf(links);
        }

        public List<BrokenLink> links() {
            return links;
        }
    }

    private static final Pattern TAG = Pattern.compile(
            "<!--.*?-->|<(script|style)\\b[^>]*>.*?</\\1\\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)^(https?|mailto|tel|ftp|data|javascript):.*");

    private final Path site;
    private final String rootPath;
    private final Map<String, Set<String>> idsByPage = new HashMap<>();

    private LinkChecker(Path site, String rootPath) {
        this.site = site.toAbsolutePath().normalize();
        this.rootPath = rootPath == null || rootPath.isEmpty() ? "/" : rootPath;
    }

    /**
     * Checks every HTML page under {@code site}; returns the broken links in page order.
     *
     * @param rootPath the path the site is published under ("/commissioning/"), for root-absolute links
     */
    public static List<BrokenLink> check(Path site, String rootPath) {
        LinkChecker c = new LinkChecker(site, rootPath);
        List<BrokenLink> broken = new ArrayList<>();
        for (String page : c.htmlPages()) {
            c.checkPage(page, broken);
        }
        return broken;
    }

    private List<String> htmlPages() {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Tag(String name, Map<String, String> attrs) {
    }

    private List<Tag> tags(String page) {
        String html;
        try {
            html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String name;
            String attrText;
            if (m.group(1) != null) { // script or style: only the opening tag's attributes matter
                String whole = m.group();
                int end = whole.indexOf('>');
                name = m.group(1);
                attrText = whole.substring(1 + name.length(), whole.charAt(end - 1) == '/' ? end - 1 : end);
            } else if (m.group(2) != null) {
                name = m.group(2);
                attrText = m.group(3);
            } else {
                continue; // comment
            }
            Map<String, String> attrs = new HashMap<>();
            Matcher a = ATTR.matcher(attrText == null ? "" : attrText);
            while (a.find()) {
                String v = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3)
                        : a.group(4) != null ? a.group(4) : "";
                attrs.putIfAbsent(a.group(1).toLowerCase(Locale.ROOT), unescape(v));
            }
            tags.add(new Tag(name.toLowerCase(Locale.ROOT), attrs));
        }
        return tags;
    }

    private Set<String> ids(String page) {
        return idsByPage.computeIfAbsent(page, p -> {
            Set<String> ids = new HashSet<>();
            for (Tag t : tags(p)) {
                if (t.attrs().containsKey("id")) {
                    ids.add(t.attrs().get("id"));
                }
                if (t.name().equals("a") && t.attrs().containsKey("name")) {
                    ids.add(t.attrs().get("name"));
                }
            }
            return ids;
        });
    }

    private void checkPage(String page, List<BrokenLink> broken) {
        for (Tag t : tags(page)) {
            if (t.name().equals("link") && t.attrs().getOrDefault("rel", "").equals("canonical")) {
                continue;
            }
            for (String attr : List.of("href", "src", "srcset")) {
                String v = t.attrs().get(attr);
                if (v == null) {
                    continue;
                }
                if (attr.equals("srcset")) {
                    for (String candidate : v.split(",")) {
                        String url = candidate.strip().split("\\s+")[0];
                        if (!url.isEmpty()) {
                            checkLink(page, url, broken);
                        }
                    }
                } else {
                    checkLink(page, v, broken);
                }
            }
        }
    }

    private void checkLink(String page, String link, List<BrokenLink> broken) {
        String href = link.strip();
        if (href.isEmpty()) {
            return; // the page itself (what a link neutralised by the Markdown sanitizer becomes)
        }
        if (EXTERNAL.matcher(href).matches() || href.startsWith("//")) {
            return;
        }
        URI target;
        try {
            String rel = href;
            if (href.startsWith("/")) {
                if (!href.startsWith(rootPath)) {
                    broken.add(new BrokenLink(page, link, "outside the site's path " + rootPath));
                    return;
                }
                rel = href.substring(rootPath.length());
                target = URI.create("file:///site/").resolve(new URI(rel.isEmpty() ? "./" : rel.replace(" ", "%20")));
            } else {
                target = URI.create("file:///site/" + encodePath(page)).resolve(new URI(href.replace(" ", "%20")));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            broken.add(new BrokenLink(page, link, "not a valid address"));
            return;
        }
        if (target.getScheme() != null && !target.getScheme().equals("file")) {
            return;
        }
        String path = target.getRawPath();
        if (path == null || !path.startsWith("/site/")) {
            broken.add(new BrokenLink(page, link, "leads outside the site folder"));
            return;
        }
        String rel = URLDecoder.decode(path.substring("/site/".length()).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (rel.isEmpty() || rel.endsWith("/")) {
            rel = rel + "index.html";
        }
        Path file = site.resolve(rel).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            broken.add(new BrokenLink(page, link, "no file " + rel));
            return;
        }
        String fragment = target.getRawFragment();
        if (fragment != null && !fragment.isEmpty() && rel.endsWith(".html")) {
            String id = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!ids(rel).contains(id)) {
                broken.add(new BrokenLink(page, link, "no element with id `" + id + "` on " + rel));
            }
        }
    }

    private static String encodePath(String page) {
        return page.replace("%", "%25").replace(" ", "%20");
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
