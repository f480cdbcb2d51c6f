package uk.nhs.intentions.render.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import freemarker.template.utility.StringUtil;

/**
 * An Atom 1.0 document (RFC 4287). Entries are written newest first; every date is a day from the content,
 * written as midnight UTC. Ids are absolute addresses under the site's base URL, so they stay the same
 * from build to build.
 */
final class AtomFeed {
    /** One entry: {@code id} and {@code href} are absolute; {@code summary} is plain text. */
    record Entry(String id, String title, LocalDate updated, String href, String summary) {
    }

    private final String id;
    private final String title;
    private final String author;
    private final String language;
    private final String selfHref;
    private final String pageHref;
    private final List<Entry> entries = new ArrayList<>();

    AtomFeed(String id, String title, String author, String language, String selfHref, String pageHref) {
        this.id = id;
        this.title = title;
        this.author = author;
        this.language = language;
        this.selfHref = selfHref;
        this.pageHref = pageHref;
    }

    void add(Entry e) {
        entries.add(e);
    }

    int size() {
        return entries.size();
    }

    /** The feed, dated by its newest entry, else {@code fallback} (a feed with no entries still needs a date). */
    String xml(LocalDate fallback) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id));
        LocalDate updated = sorted.isEmpty() ? fallback : sorted.get(0).updated();
        StringBuilder sb = new StringBuilder(1024 + entries.size() * 512);
        sb.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(esc(language)).append("\">\n");
        element(sb, "  ", "id", id);
        element(sb, "  ", "title", title);
        element(sb, "  ", "updated", Versions.dateTime(updated));
        sb.append("  <author><name>").append(esc(author)).append("</name></author>\n");
        link(sb, "  ", "self", "application/atom+xml", selfHref);
        link(sb, "  ", "alternate", "text/html", pageHref);
        for (Entry e : sorted) {
            sb.append("  <entry>\n");
            element(sb, "    ", "id", e.id());
            element(sb, "    ", "title", e.title());
            element(sb, "    ", "updated", Versions.dateTime(e.updated()));
            link(sb, "    ", "alternate", "text/html", e.href());
            element(sb, "    ", "summary", e.summary());
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString();
    }

    private static void element(StringBuilder sb, String indent, String name, String text) {
        sb.append(indent).append('<').append(name).append('>').append(esc(text)).append("</").append(name).append(">\n");
    }

    private static void link(StringBuilder sb, String indent, String rel, String type, String href) {
        sb.append(indent).append("<link rel=\"").append(rel).append("\" type=\"").append(type).append("\" href=\"")
                .append(esc(href)).append("\"/>\n");
    }

    private static String esc(String s) {
        return StringUtil.XMLEnc(s);
    }
}
