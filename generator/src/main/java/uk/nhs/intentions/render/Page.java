package uk.nhs.intentions.render;

import java.util.Map;

/**
 * One page to write: its path inside the site (forward slashes, always ending in .html or another file
 * extension), the template that renders it, and its purpose-built model.
 */
public record Page(String path, String template, Map<String, Object> model) {
    public Page {
        model = Map.copyOf(model);
    }
}
