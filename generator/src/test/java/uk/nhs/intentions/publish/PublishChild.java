package uk.nhs.intentions.publish;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: publishes version V of a small site to OUT, announcing each
 * publishing step on stdout as {@code AT n step}; at step number STOP it waits (for the parent to kill it with
 * SIGKILL exactly there). STOP -1 publishes to the end and prints {@code DONE}.
 */
public final class PublishChild {
    private PublishChild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args[0]);
        int version = Integer.parseInt(args[1]);
        int stop = Integer.parseInt(args[2]);
        PrintStream o = System.out;
        AtomicInteger n = new AtomicInteger();
        Release.Steps steps = step -> {
            int i = n.getAndIncrement();
            o.println("AT " + i + " " + step);
            o.flush();
            if (i == stop) {
                try {
                    System.in.read(); // blocks until killed
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        Publisher.publish(out, "/", w -> {
            for (var e : SiteVersions.files(version).entrySet()) {
                w.write(e.getKey(), e.getValue());
                if (e.getKey().equals("index.html")) {
                    steps.reached("writing");
                }
            }
        }, steps);
        o.println("DONE");
        o.flush();
    }
}
