package uk.nhs.intentions.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown already rendered, kept between the builds of one {@code serve} session: rendering is a pure
 * function of the text and the top heading level, so an unchanged intention's text is not parsed again.
 * Generational, so memory follows the content, not the number of edits: a build sees what the previous build
 * used, and whatever it does not use again is dropped at the build after.
 */
public final class MarkdownMemo {
    private record Key(String text, int topLevel) {
    }

    /** Renders text at a top heading level. */
    @FunctionalInterface
    interface Renderer {
        String render(String text, int topLevel);
    }

    private volatile Map<Key, String> previous = Map.of();
    private volatile Map<Key, String> current = new ConcurrentHashMap<>();

    /** Starts a build: what the last build used stays available; older entries go. */
    public MarkdownMemo nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
        return this;
    }

    String get(String text, int topLevel, Renderer renderer) {
        Key k = new Key(text, topLevel);
        Map<Key, String> now = current;
        String html = now.get(k);
        if (html == null) {
            html = previous.get(k);
            if (html == null) {
                html = renderer.render(text, topLevel);
            }
            now.put(k, html);
        }
        return html;
    }
}
