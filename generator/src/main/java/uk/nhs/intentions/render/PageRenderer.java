package uk.nhs.intentions.render;

import java.util.HashMap;
import java.util.Map;

import uk.nhs.intentions.model.SiteSettings;

/** Renders a page with the values every template shares: site title, language, root prefix, canonical URL. */
public final class PageRenderer {
    private final TemplateEngine engine;
    private final Map<String, Object> site;
    private final String baseUrl;

    public PageRenderer(TemplateEngine engine, SiteSettings settings) {
        this.engine = engine;
        this.baseUrl = settings.baseUrl();
        this.site = Views.map("title", settings.title(), "language", settings.language(),
                "baseUrl", settings.baseUrl(),
                "buildDate", uk.nhs.intentions.render.pages.DateText.format(settings.buildDate()));
    }

    public String render(Page page) {
        return engine.render(page.template(), model(page));
    }

    /** The page as UTF-8 bytes, byte for byte {@code render(page).getBytes(UTF_8)}, with less copying. */
    public byte[] renderUtf8(Page page) {
        return engine.renderUtf8(page.template(), model(page));
    }

    private Map<String, Object> model(Page page) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("site", site);
        model.put("root", SitePaths.rootFrom(page.path()));
        model.put("path", page.path());
        if (!baseUrl.isEmpty()) {
            model.put("canonical", baseUrl + canonicalPath(page.path()));
        }
        return model;
    }

    /** index.html pages are canonical at their folder URL. */
    static String canonicalPath(String path) {
        if (path.equals("index.html")) {
            return "";
        }
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}
