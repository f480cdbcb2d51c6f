package uk.nhs.intentions.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Tells open browser tabs to reload. Every finished rebuild (good or broken) bumps a generation number; a
 * small script, added to HTML responses only (never to the built files), long-polls
 * {@code /__intentions/wait?since=N} and reloads the page when the answer differs from the generation it was
 * served with. A waiting request is parked, not given a thread: it is answered from the rebuild (or a timer)
 * when the generation changes. Hidden tabs stop polling and check again when shown, so many open tabs do not use up the
 * browser's connections. The pages never need the script to be read.
 */
final class LiveReload {
    static final String PREFIX = "/__intentions/";
    static final String WAIT = PREFIX + "wait";
    /** More waiting tabs than this are told to come back later (503), so memory stays bounded. */
    static final int MAX_WAITING = 10_000;

    /** A parked request: answered with the generation when it changes, or when its time is up. */
    private record Waiting(java.util.function.LongConsumer answer) {
    }

    private final java.util.Set<Waiting> waiting = new java.util.LinkedHashSet<>();
    private final java.util.concurrent.ScheduledExecutorService timer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "intentions-reload-timer");
                t.setDaemon(true);
                return t;
            });
    private long generation = 1;
    private boolean closed;

    synchronized long generation() {
        return generation;
    }

    /** A rebuild finished: every waiting tab is answered (on this thread; each answer is a few bytes). */
    void bump() {
        List<Waiting> now;
        long g;
        synchronized (this) {
            generation++;
            g = generation;
            now = List.copyOf(waiting);
            waiting.clear();
            notifyAll();
        }
        now.forEach(w -> answer(w, g));
    }

    /**
     * Answers with the current generation as soon as it differs from {@code since}, at most {@code millis}
     * later, without holding a thread while it waits (no thread per open tab). Returns false, answering
     * nothing, when {@link #MAX_WAITING} requests wait already.
     */
    boolean await(long since, long millis, java.util.function.LongConsumer answer) {
        long g;
        Waiting w = new Waiting(answer);
        synchronized (this) {
            g = generation;
            if (generation == since && !closed) {
                if (waiting.size() >= MAX_WAITING) {
                    return false;
                }
                waiting.add(w);
                timer.schedule(() -> release(w), millis, java.util.concurrent.TimeUnit.MILLISECONDS);
                return true;
            }
        }
        answer(w, g);
        return true;
    }

    /** How many requests are parked now. */
    synchronized int waiting() {
        return waiting.size();
    }

    private void release(Waiting w) {
        long g;
        synchronized (this) {
            if (!waiting.remove(w)) {
                return;
            }
            g = generation;
        }
        answer(w, g);
    }

    private static void answer(Waiting w, long g) {
        try {
            w.answer().accept(g);
        } catch (RuntimeException e) {
            // the tab went away
        }
    }

    void close() {
        List<Waiting> now;
        long g;
        synchronized (this) {
            closed = true;
            g = generation;
            now = List.copyOf(waiting);
            waiting.clear();
            notifyAll();
        }
        now.forEach(w -> answer(w, g));
        timer.shutdownNow();
    }

    /** The page with the reload script added before its closing body tag (or at the end). */
    static byte[] inject(byte[] html, long generation) {
        String page = new String(html, StandardCharsets.UTF_8);
        String script = script(generation);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? page + script : page.substring(0, at) + script + page.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static String script(long generation) {
        return "<script>/* intentions serve: reloads this tab when the site is rebuilt */(function(){"
                + "var g=" + generation + ",busy=false;"
                + "function poll(){if(busy||document.hidden)return;busy=true;"
                + "fetch('" + WAIT + "?since='+g,{cache:'no-store'})"
                + ".then(function(r){if(!r.ok)throw r;return r.json()})"
                + ".then(function(d){busy=false;if(d.generation!==g){location.reload()}else{poll()}})"
                + ".catch(function(){busy=false;setTimeout(poll,2000)})}"
                + "document.addEventListener('visibilitychange',poll);poll()})();</script>\n";
    }
}
