package uk.nhs.intentions.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work over a list shared out one item at a time, for lists whose items differ widely in cost (a site's pages:
 * a provider's page of a large site costs a thousand intention pages). A parallel stream splits a list into a
 * few equal runs up front (four on two cores), so the run that holds the heavy items ends long after the others,
 * with one core idle; here every worker takes the next item as soon as it is free.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Calls {@code action} once for each item, in this thread and in the common pool's workers. The first
     * exception an item throws stops the others from starting new items and is thrown here, as it was thrown.
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        int workers = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable loop = () -> {
            int i;
            while (failed.get() == null && (i = next.getAndIncrement()) < items.size()) {
                try {
                    action.accept(items.get(i));
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            helpers.add(ForkJoinPool.commonPool().submit(loop));
        }
        loop.run();
        for (ForkJoinTask<?> h : helpers) {
            h.join(); // the loop catches what an item throws, so a join only waits
        }
        Throwable e = failed.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
