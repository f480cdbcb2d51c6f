package uk.nhs.intentions.render;

import java.net.URI;
import java.util.Optional;

/**
 * Where each kind of page lives in the output. Plan-specific pages sit under the plan's id so one site
 * can hold several plans. All links between pages are made relative, so the site works from a sub-path
 * and from the file system.
 */
public final class SitePaths {
    private SitePaths() {
    }

    public static String home() {
        return "index.html";
    }

    public static String plan(String planId) {
        return "plans/" + planId + "/index.html";
    }

    public static String section(String planId, String sectionId) {
        return "plans/" + planId + "/sections/" + sectionId + ".html";
    }

    public static String intention(String planId, String intentionId) {
        return "plans/" + planId + "/intentions/" + intentionId + ".html";
    }

    /** Every intention of a plan, with the status filter. */
    public static String allIntentions(String planId) {
        return "plans/" + planId + "/all-intentions.html";
    }

    /** The plan's intentions with one lifecycle status: filtering that works without JavaScript. */
    public static String status(String planId, String statusId) {
        return "plans/" + planId + "/status/" + statusId + ".html";
    }

    public static String narrative(String planId, String pageId) {
        return "plans/" + planId + "/narrative/" + pageId + ".html";
    }

    public static String budget(String planId, String tableId) {
        return "plans/" + planId + "/budgets/" + tableId + ".html";
    }

    public static String budgets(String planId) {
        return "plans/" + planId + "/budgets/index.html";
    }

    public static String meeting(String planId, String meetingId) {
        return "plans/" + planId + "/meetings/" + meetingId + ".html";
    }

    /** The board's view of a plan: budget position, money by service area and by priority. */
    public static String glance(String planId) {
        return "plans/" + planId + "/at-a-glance.html";
    }

    /** How to respond to the plan's consultation: closing date, contact, what happens next. */
    public static String respond(String planId) {
        return "plans/" + planId + "/how-to-respond.html";
    }

    /** The plan's consultation rounds and what changed since the latest. */
    public static String changes(String planId) {
        return "plans/" + planId + "/changes/index.html";
    }

    /** What changed from one round to the next version. */
    public static String change(String planId, String fromRoundId) {
        return "plans/" + planId + "/changes/" + fromRoundId + ".html";
    }

    public static String responses(String planId) {
        return "plans/" + planId + "/responses/index.html";
    }

    public static String providers() {
        return "providers/index.html";
    }

    public static String provider(String providerId) {
        return "providers/" + providerId + ".html";
    }

    public static String commissioners() {
        return "commissioners/index.html";
    }

    public static String commissioner(String commissionerId) {
        return "commissioners/" + commissionerId + ".html";
    }

    public static String priorities() {
        return "priorities/index.html";
    }

    public static String priority(String priorityId) {
        return "priorities/" + priorityId + ".html";
    }

    /** What each commissioner plans for a disease priority, side by side (only where two plans name it). */
    public static String comparison(String priorityId) {
        return "compare/" + priorityId + ".html";
    }

    /** One commissioner's intentions for a disease priority across the years. */
    public static String comparison(String priorityId, String commissionerId) {
        return "compare/" + priorityId + "/" + commissionerId + ".html";
    }

    public static String groups() {
        return "groups/index.html";
    }

    public static String group(String groupId) {
        return "groups/" + groupId + ".html";
    }

    /** The glossary of abbreviations, linked from the first use of each on every page. */
    public static String glossary() {
        return "glossary.html";
    }

    /** The accessibility statement, linked from every page's footer. */
    public static String accessibility() {
        return "accessibility.html";
    }

    public static String search() {
        return "search.html";
    }

    public static String notFound() {
        return "404.html";
    }

    public static String sitemap() {
        return "sitemap.xml";
    }

    /** A chart's SVG. */
    public static String chart(String planId, String chartId) {
        return "plans/" + planId + "/charts/" + chartId + ".svg";
    }

    /** The folder of a plan's open data: CSV files, datapackage.json, plan.json, the OCDS release package. */
    public static String dataFile(String planId, String fileName) {
        return "plans/" + planId + "/data/" + fileName;
    }

    /** The plan's Data page: what each file and column is, and the licence. */
    public static String dataPage(String planId) {
        return dataFile(planId, "index.html");
    }

    public static String dataPackage(String planId) {
        return dataFile(planId, "datapackage.json");
    }

    /** The whole plan as one JSON document, described by {@link #planSchema()}. */
    public static String planJson(String planId) {
        return dataFile(planId, "plan.json");
    }

    /** The published JSON Schema of plan.json; the version is in the file name, so a new version gets a new file. */
    public static String planSchema() {
        return "schemas/plan-1.0.schema.json";
    }

    /** The plan's OCDS planning releases as one release package. */
    public static String ocds(String planId) {
        return dataFile(planId, "ocds-release-package.json");
    }

    /** The plan's Atom feed: a version per closed round and the current one, and each round's changes. */
    public static String planFeed(String planId) {
        return "plans/" + planId + "/feed.atom";
    }

    /** A provider's Atom feed: the changes that affect it, in every plan. */
    public static String providerFeed(String providerId) {
        return "providers/" + providerId + ".atom";
    }

    /** The plan's board pack: the whole plan as one PDF. */
    public static String boardPack(String planId) {
        return "plans/" + planId + "/documents/board-pack.pdf";
    }

    /** What the plan means for one provider, as a PDF. */
    public static String providerPack(String planId, String providerId) {
        return "plans/" + planId + "/documents/providers/" + providerId + ".pdf";
    }

    public static String searchIndex() {
        return "search-index.js";
    }

    /** A topic, decision or action on a meeting page: {@code meeting.html#topic-diabetes-pathway}. */
    public static String meetingItem(String planId, String meetingId, String kind, String itemId) {
        return meeting(planId, meetingId) + "#" + kind + "-" + itemId;
    }

    /**
     * The one rule for the path a site is published under: "/commissioning/" for
     * "https://example.nhs.uk/commissioning/", "/" for a host root; empty without a usable base URL.
     */
    public static Optional<String> basePath(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return Optional.empty();
        }
        try {
            String path = URI.create(baseUrl.strip()).getRawPath();
            if (path == null || path.isEmpty()) {
                return Optional.of("/");
            }
            return Optional.of(path.endsWith("/") ? path : path + "/");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The prefix that leads from a page back to the site root: "" or "../" repeated. */
    public static String rootFrom(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
