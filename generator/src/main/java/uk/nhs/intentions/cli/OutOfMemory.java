package uk.nhs.intentions.cli;

import uk.nhs.intentions.support.HeapLimit;

/** What a command that ran out of memory tells its user. */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** The message for a heap limited as {@code limit}: the limit, and twice it as the way out. */
    static String message(HeapLimit limit) {
        long more = limit.suggestedGiB();
        return "intentions: out of memory: this site needs more than the " + limit.mib() + " MiB of heap Java was"
                + " given. The published site is whole: a build replaces it all at once or not at all."
                + System.lineSeparator() + "  Give it more, for example: INTENTIONS_OPTS=\"-Xmx" + more
                + "g -XX:+UseParallelGC -XX:TieredStopAtLevel=1\" bin/intentions build --no-daemon"
                + " (with java -jar: java -Xmx" + more + "g -jar intentions.jar build)";
    }
}
