package uk.nhs.intentions.cli;

/** What a command that ran out of memory tells its user. */
final class OutOfMemory {
    private OutOfMemory() {
    }

    /** The message for a heap limited to {@code maxHeapBytes}: the limit, and twice it as the way out. */
    static String message(long maxHeapBytes) {
        long mib = Math.max(1, maxHeapBytes >> 20);
        long more = Math.max(1, (mib * 2 + 1023) / 1024);
        return "intentions: out of memory: this site needs more than the " + mib + " MiB of heap Java was given."
                + " The published site is whole: a build replaces it all at once or not at all."
                + System.lineSeparator() + "  Give it more, for example: INTENTIONS_OPTS=\"-Xmx" + more
                + "g -XX:+UseParallelGC -XX:TieredStopAtLevel=1\" bin/intentions build --no-daemon"
                + " (with java -jar: java -Xmx" + more + "g -jar intentions.jar build)";
    }
}
