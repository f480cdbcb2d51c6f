package uk.nhs.intentions.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class OnceTest {

    @Test
    void aValueAskedForFromManyThreadsAtOnceIsMadeOnceAndTheSameForAll() throws InterruptedException {
        AtomicInteger made = new AtomicInteger();
        Once<List<String>> units = Once.of(() -> {
            made.incrementAndGet();
            return List.of("plan/acute/1-1", "plan/acute/1-2");
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(units.get());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(1, made.get());
        assertEquals(8, seen.size());
        seen.forEach(v -> assertSame(seen.get(0), v));
    }

    @Test
    void nothingIsMadeUntilAskedAndANullValueIsRefused() {
        AtomicInteger made = new AtomicInteger();
        Once<String> never = Once.of(() -> {
            made.incrementAndGet();
            return "x";
        });
        assertEquals(0, made.get());
        assertEquals("x", never.get());
        assertThrows(NullPointerException.class, () -> Once.of(() -> null).get());
    }
}
