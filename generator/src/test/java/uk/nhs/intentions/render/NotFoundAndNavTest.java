package uk.nhs.intentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.nhs.intentions.render.pages.NotFoundPage;

/** Small units: the 404 page's root path and which nav item is current. */
class NotFoundAndNavTest {

    @Test
    void notFoundRootIsTheBaseUrlPath() {
        assertEquals("/commissioning/", NotFoundPage.rootPath("https://example.nhs.uk/commissioning/"));
        assertEquals("/", NotFoundPage.rootPath("https://example.nhs.uk/"));
        assertEquals("/", NotFoundPage.rootPath("https://example.nhs.uk"));
        assertEquals("", NotFoundPage.rootPath(""));
    }

    @Test
    void navMarksPageAndSection() {
        List<SiteNav.Item> items = List.of(new SiteNav.Item("Home", "index.html", null),
                new SiteNav.Item("Providers", "providers/index.html", "providers/"),
                new SiteNav.Item("Search", "search.html", null));
        List<Map<String, Object>> onIndex = SiteNav.forPage(items, "providers/index.html");
        assertEquals("page", onIndex.get(1).get("current"));
        List<Map<String, Object>> onProvider = SiteNav.forPage(items, "providers/x.html");
        assertEquals("true", onProvider.get(1).get("current"));
        assertFalse(onProvider.get(0).containsKey("current"));
        assertFalse(onProvider.get(2).containsKey("current"));
    }
}
