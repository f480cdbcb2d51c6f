package uk.nhs.intentions.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells open browser tabs to reload. Every finished rebuild (good or broken) bumps a generation number; a
 * small script, added to HTML responses only (never to the built files), long-polls
 * {@code /__intentions/wait?since=N} and reloads the page when the answer differs from the generation it was
 * served with. Hidden tabs stop polling and check again when shown, so many open tabs do not use up the
 * browser's connections. The pages never need the script to be read.
 */
final class LiveReload {
    static final String PREFIX = "/__intentions/";
    static final String WAIT = PREFIX + "wait";

    private long generation = 1;
    private boolean closed;

    synchronized long generation() {
        return generation;
    }

    synchronized void bump() {
        generation++;
        notifyAll();
    }

    /** Waits until the generation differs from {@code since}, at most {@code millis}; returns the current one. */
    synchronized long await(long since, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (generation == since && !closed) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return generation;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
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
