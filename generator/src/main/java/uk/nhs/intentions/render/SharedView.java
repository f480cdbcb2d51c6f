package uk.nhs.intentions.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A piece of page model shared by many pages (an intention part's text on every provider page that lists
 * it), unmodifiable once made. A build fingerprints each such piece once and reuses the result for every
 * page holding the same instance, so a page listing a thousand intentions is not walked character by
 * character again on every provider page.
 */
public final class SharedView extends AbstractMap<String, Object> {
    private final Map<String, Object> view;

    private SharedView(Map<String, Object> view) {
        this.view = Collections.unmodifiableMap(new LinkedHashMap<>(view));
    }

    public static SharedView of(Map<String, Object> view) {
        return new SharedView(view);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return view.entrySet();
    }

    @Override
    public Object get(Object key) {
        return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public int size() {
        return view.size();
    }
}
