package uk.nhs.intentions.render;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A piece of page model shared by many pages (an intention part's text on every provider page that lists
 * it), unmodifiable once made. A build fingerprints each such piece once and reuses the result for every
 * page holding the same instance, so a page listing a thousand intentions is not walked character by
 * character again on every provider page.
 */
public final class SharedView extends AbstractMap<String, Object> {
    // two arrays, not a copied linked hash map: a large site holds one view per intention part for the whole
    // render, and the map's entries and table cost four times what they hold
    private final String[] keys;
    private final Object[] values;

    private SharedView(Map<String, Object> view) {
        this.keys = new String[view.size()];
        this.values = new Object[view.size()];
        int k = 0;
        for (Map.Entry<String, Object> e : view.entrySet()) {
            keys[k] = e.getKey();
            values[k] = e.getValue();
            k++;
        }
    }

    public static SharedView of(Map<String, Object> view) {
        return new SharedView(view);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int k = next++;
                        return new SimpleImmutableEntry<>(keys[k], values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public Object get(Object key) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k].equals(key)) {
                return values[k];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return keys.length;
    }
}
