package uk.nhs.intentions.render;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;

/**
 * Watches one page's rendering, element by element (FreeMarker calls it on entering and leaving every
 * instruction): stops it when it nests deeper than the limit or runs past its time, remembering where, so the
 * error names the template line that looped or recursed. Not thread-safe: one guard per render.
 */
final class TemplateGuard implements TemplateProcessingTracer {
    /** How many elements are entered between two looks at the clock. */
    private static final int CLOCK_EVERY = 256;

    private final TemplateLimits limits;
    private final long deadline;
    private int depth;
    private int deepest;
    private int ticks;
    private TracedElement current;
    private TracedElement deepestElement;

    TemplateGuard(TemplateLimits limits) {
        this.limits = limits;
        this.deadline = limits.clock().getAsLong() + limits.perPage().toNanos();
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        current = element;
        depth++;
        if (depth > deepest) {
            deepest = depth;
            deepestElement = element;
        }
        if (depth > limits.maxDepth()) {
            throw new Stopped(innermostCall(env, element), "templates nest more than " + limits.maxDepth() + " levels deep here;"
                    + " a macro probably calls itself without end");
        }
        if (++ticks % CLOCK_EVERY == 0 && limits.clock().getAsLong() - deadline > 0) {
            throw new Stopped(element, "the page took longer than " + limits.perPage().toSeconds()
                    + " s to render and was stopped here; a #list over an endless range (such as 1..) or a"
                    + " loop that never ends?");
        }
    }

    /** The most recent macro or directive call ({@code <@m …/>}) on the stack: the line that recursed. */
    private static TracedElement innermostCall(Environment env, TracedElement fallback) {
        for (TracedElement e : freemarker.core._CoreAPI.getInstructionStackSnapshot(env)) {
            if (e != null && e.getDescription() != null && e.getDescription().startsWith("@")) {
                return e;
            }
        }
        return fallback;
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        depth--;
    }

    /** The element being run now (for an error raised outside an element, such as the output growing too big). */
    TracedElement current() {
        return current;
    }

    /** The element entered at the greatest depth (for a stack overflow, where unwinding lost the position). */
    TracedElement deepest() {
        return deepestElement;
    }

    /** A limit was reached at {@code element}. */
    static final class Stopped extends RuntimeException {
        final transient TracedElement element;

        Stopped(TracedElement element, String reason) {
            super(reason, null, false, false);
            this.element = element;
        }
    }
}
