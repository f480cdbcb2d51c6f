package uk.nhs.intentions.render;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to write: its path inside the site (forward slashes, always ending in .html or another file
 * extension), the template that renders it, and its purpose-built model.
 * <p>
 * The model may be built lazily ({@link #lazy}): the page list of a large site then holds only paths, and
 * each model (with its rendered Markdown) is made inside the parallel render loop and dropped once the page
 * is written, so memory stays bounded and Markdown rendering runs on every core.
 */
public record Page(String path, String template, Supplier<Map<String, Object>> modelSource) {

    public Page(String path, String template, Map<String, Object> model) {
        this(path, template, constant(Map.copyOf(model)));
    }

    /** A page whose model is built when it is rendered (each call to {@link #model()} builds it again). */
    public static Page lazy(String path, String template, Supplier<Map<String, Object>> model) {
        return new Page(path, template, model);
    }

    /** The page's model, as an unmodifiable map. */
    public Map<String, Object> model() {
        return Map.copyOf(modelSource.get());
    }

    private static Supplier<Map<String, Object>> constant(Map<String, Object> model) {
        return () -> model;
    }
}
