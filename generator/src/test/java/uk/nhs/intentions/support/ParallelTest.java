package uk.nhs.intentions.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyItemIsHandledExactlyOnce() {
        List<String> pages = IntStream.range(0, 2_000).mapToObj(i -> "plans/example-pct/intentions/" + i + ".html")
                .toList();
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        Parallel.forEach(pages, p -> calls.computeIfAbsent(p, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(2_000, calls.size());
        assertTrue(calls.values().stream().allMatch(c -> c.get() == 1), "an item was handled twice");
    }

    @Test
    void anEmptyListCallsNothing() {
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(List.of(), x -> calls.incrementAndGet());
        assertEquals(0, calls.get());
    }

    /** A render error carries the theme file and line: the caller must get that very exception, not a copy. */
    @Test
    void theFirstFailureIsThrownAsItWasThrownAndStopsNewItems() {
        IllegalStateException broken = new IllegalStateException("themes/fictional/page.ftlh:12: broken");
        AtomicInteger started = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
            started.incrementAndGet();
            if (i == 3) {
                throw broken;
            }
        }));
        assertSame(broken, thrown);
        assertTrue(started.get() < 10_000, "items went on being started after the failure: " + started.get());
    }
}
