package uk.nhs.intentions.support;

/**
 * The Java heap's limit, as a command that ran out of memory tells it: in MiB, and twice it in whole GiB as the
 * size to ask for instead.
 */
public record HeapLimit(long mib) {

    /** The limit of the heap this JVM runs with. */
    public static HeapLimit current() {
        return ofBytes(Runtime.getRuntime().maxMemory());
    }

    public static HeapLimit ofBytes(long bytes) {
        return new HeapLimit(Math.max(1, bytes >> 20));
    }

    /** Twice the limit, rounded up to whole GiB: the {@code -Xmx<n>g} a message suggests. */
    public long suggestedGiB() {
        return Math.max(1, (mib * 2 + 1023) / 1024);
    }
}
