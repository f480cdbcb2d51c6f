package uk.nhs.intentions.render;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Bounds on rendering one page, so a faulty theme stops with a positioned error instead of hanging or
 * overflowing the stack: {@code perPage} render time (checked as templates run, against {@code clock}, in
 * nanoseconds), {@code maxDepth} nested template elements (an endless macro recursion reaches it quickly),
 * and {@code maxBytes} of output.
 */
public record TemplateLimits(Duration perPage, int maxDepth, int maxBytes, LongSupplier clock) {
    public TemplateLimits {
        if (perPage.isNegative() || perPage.isZero() || maxDepth < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 20 seconds and 64 MiB a page, 500 nested elements: far beyond any real page of the default theme. */
    public static TemplateLimits standard() {
        return STANDARD;
    }

    /** One instance, so a kept template engine (built for these limits) is found again by identity. */
    private static final TemplateLimits STANDARD = new TemplateLimits(Duration.ofSeconds(20), 500, 64 << 20,
            System::nanoTime);

    public TemplateLimits withClock(LongSupplier newClock) {
        return new TemplateLimits(perPage, maxDepth, maxBytes, newClock);
    }

    public TemplateLimits withPerPage(Duration d) {
        return new TemplateLimits(d, maxDepth, maxBytes, clock);
    }
}
