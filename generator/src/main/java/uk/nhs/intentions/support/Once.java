package uk.nhs.intentions.support;

import java.util.function.Supplier;

/**
 * A value made on the first call to {@link #get()}, from whichever thread, and the same one after: for what a
 * build may never need (a provider page's list of what it reads, a plan's snapshot), made at most once when it
 * does.
 */
public final class Once<T> implements Supplier<T> {
    private Supplier<? extends T> make;
    private volatile T value;

    private Once(Supplier<? extends T> make) {
        this.make = make;
    }

    public static <T> Once<T> of(Supplier<? extends T> make) {
        return new Once<>(make);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = java.util.Objects.requireNonNull(make.get(), "a value made once is never null");
                    value = v;
                    make = null; // what it captured is not held for longer than needed
                }
            }
        }
        return v;
    }
}
