package uk.nhs.intentions.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.nhs.intentions.model.Glossary;
import uk.nhs.intentions.model.Plan;
import uk.nhs.intentions.model.SiteFooter;
import uk.nhs.intentions.model.SiteSettings;

/** Renders a page with the values every template shares: site title, language, root prefix, canonical URL. */
public final class PageRenderer {
    private final TemplateEngine engine;
    private final Map<String, Object> site;
    private final String baseUrl;
    private final List<SiteNav.Item> nav;
    private final List<Plan> plans;
    private final java.util.Map<String, Plan> plansById;
    private final Optional<LocalDate> buildDate;
    private final GlossaryLinker glossary;

    public PageRenderer(TemplateEngine engine, SiteSettings settings) {
        this(engine, settings, List.of());
    }

    /** With the site navigation shown on every page (see {@link SiteNav}). */
    public PageRenderer(TemplateEngine engine, SiteSettings settings, List<SiteNav.Item> nav) {
        this(engine, settings, nav, List.of());
    }

    /** With each page's plan dates ({@link PlanDates}): pages of a plan say when it was published and updated. */
    public PageRenderer(TemplateEngine engine, SiteSettings settings, List<SiteNav.Item> nav, List<Plan> plans) {
        this(engine, settings, nav, plans, Glossary.NONE);
    }

    /** With the glossary's terms marked at their first use on each page ({@link GlossaryLinker}). */
    public PageRenderer(TemplateEngine engine, SiteSettings settings, List<SiteNav.Item> nav, List<Plan> plans,
            Glossary glossary) {
        this.glossary = new GlossaryLinker(glossary);
        this.engine = engine;
        this.nav = List.copyOf(nav);
        this.plans = List.copyOf(plans);
        this.plansById = PlanDates.byId(this.plans);
        this.baseUrl = settings.baseUrl();
        this.buildDate = settings.buildDate();
        SiteFooter f = settings.footer();
        this.site = Views.map("title", settings.title(), "language", settings.language(),
                "baseUrl", settings.baseUrl(), "banner", settings.banner(),
                "buildDate", settings.buildDate().map(PlanDates::format).orElse(""),
                "footer", Views.map("owner", f.owner(), "contactEmail", f.contactEmail(),
                        "contactUrl", f.contactUrl(), "licence", f.licence(), "licenceUrl", f.licenceUrl(),
                        "privacyUrl", f.privacyUrl(), "accessibilityHref", SitePaths.accessibility(),
                        "glossaryHref", this.glossary.active() ? SitePaths.glossary() : ""));
    }

    public String render(Page page) {
        return new String(renderUtf8(page), StandardCharsets.UTF_8);
    }

    /** The page as UTF-8 bytes, byte for byte {@code render(page).getBytes(UTF_8)}, with less copying. */
    public byte[] renderUtf8(Page page) {
        return renderUtf8(page, fullModel(page));
    }

    /** Renders a full model computed once by {@link #fullModel} (page models may be built lazily, at a cost). */
    public byte[] renderUtf8(Page page, Map<String, Object> fullModel) {
        byte[] bytes = engine.renderUtf8(page.template(), fullModel);
        String root = (String) fullModel.get("root");
        boolean links = contains(bytes, ROOT_BYTES);
        if (!links && (!glossary.active() || page.path().equals(SitePaths.glossary()))) {
            return bytes;
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        if (links) {
            // links by id in Markdown, rendered once for any depth (see MarkdownRenderer.ROOT)
            html = html.replace(MarkdownRenderer.ROOT, root);
        }
        if (glossary.active() && !page.path().equals(SitePaths.glossary())) {
            html = glossary.apply(html, root);
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] ROOT_BYTES = MarkdownRenderer.ROOT.getBytes(StandardCharsets.UTF_8);

    private static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0, last = hay.length - needle.length; i <= last; i++) {
            if (hay[i] != needle[0]) {
                continue;
            }
            for (int k = 1; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Exactly what the page's template sees: the page's own model plus the shared values. The render cache
     * fingerprints this, so a value added here is covered without further changes.
     */
    public Map<String, Object> fullModel(Page page) {
        Map<String, Object> own = page.model();
        Map<String, Object> model = new HashMap<>(own);
        model.put("site", site);
        // a page may fix its own root (404.html is shown at any depth, so it links from the base URL's path)
        model.putIfAbsent("root", SitePaths.rootFrom(page.path()));
        model.put("path", page.path());
        model.put("nav", SiteNav.forPage(nav, page.path()));
        model.put("manyPlans", plans.size() > 1); // lists name each item's plan only when there are several
        if (glossary.active()) {
            model.put("glossaryKey", glossary.key());
        }
        Optional<Plan> plan = PlanDates.planOf(page.path(), plansById, plans);
        model.put("printLine", PlanDates.printLine(plan, (String) site.get("title"), buildDate));
        plan.ifPresent(p -> {
            model.put("planDates", PlanDates.view(p));
            if (plans.size() > 1) { // a page of one plan among several says which
                model.put("planName", PlanNames.label(p) + ": " + p.title());
            }
            if (!p.status().isEmpty()) {
                model.put("phase", Views.map("status", p.status(), "planTitle", p.title()));
            }
            Consultations.notice(p, buildDate).ifPresent(n -> model.put("consultation", n));
        });
        if (!baseUrl.isEmpty() && !own.containsKey("noindex")) {
            model.put("canonical", baseUrl + canonicalPath(page.path()));
        }
        return model;
    }

    /** index.html pages are canonical at their folder URL. */
    public static String canonicalPath(String path) {
        if (path.equals("index.html")) {
            return "";
        }
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}
