package uk.nhs.intentions.pipeline;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall time of each pipeline stage, and the JVM's peak heap, for `build --stats`. Stages are timed in the
 * order they run; not thread-safe (the pipeline calls it from one thread).
 */
public final class BuildStats {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final Map<String, Long> cpuNanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();
    private long cpuMark = processCpuNanos();
    private int rendered = -1;
    private int reused;
    private int untouched;

    /** Pages rendered by the last build that used a cache, or -1 when none was used. */
    public int renderedPages() {
        return rendered;
    }

    public int reusedPages() {
        return reused;
    }

    /** How many pages were rendered and how many reused from a cache (reported when a cache was used). */
    public void pages(int renderedPages, int reusedPages) {
        pages(renderedPages, reusedPages, 0);
    }

    /** As above, with how many of the reused pages were kept without building their model. */
    public void pages(int renderedPages, int reusedPages, int untouchedPages) {
        rendered = renderedPages;
        reused = reusedPages;
        untouched = untouchedPages;
    }

    /** Starts timing from now. */
    public void start() {
        mark = System.nanoTime();
        cpuMark = processCpuNanos();
    }

    /** Ends the current stage, naming it, and starts the next. */
    public void stage(String name) {
        long now = System.nanoTime();
        long cpu = processCpuNanos();
        nanos.merge(name, now - mark, Long::sum);
        cpuNanos.merge(name, cpu - cpuMark, Long::sum);
        mark = now;
        cpuMark = cpu;
    }

    /**
     * CPU time used by the whole process (all threads, GC and JIT included), or -1 where the JVM cannot tell.
     * On a shared machine this is steadier than wall time.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        return out;
    }

    /** Sum of the peak usage of every heap memory pool since the JVM started (an upper bound of peak heap). */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** One line per stage, then JVM uptime, peak heap and GC. */
    public String report() {
        StringBuilder b = new StringBuilder("stats: wall");
        millis().forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s=%dms", k, v)));
        b.append(String.format(Locale.ROOT, "%nstats: cpu "));
        cpuNanos.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s=%dms", k, v / 1_000_000)));
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        b.append(String.format(Locale.ROOT, "%nstats: jvm_uptime=%dms peak_heap=%.1fMiB max_heap=%.0fMiB"
                + " gc=%d gc_time=%dms cpus=%d process_cpu=%dms", ManagementFactory.getRuntimeMXBean().getUptime(),
                peakHeapBytes() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, gcCount, gcMillis,
                Runtime.getRuntime().availableProcessors(), processCpuNanos() / 1_000_000));
        if (rendered >= 0) {
            b.append(String.format(Locale.ROOT, "%nstats: pages rendered=%d reused=%d untouched=%d", rendered, reused,
                    untouched));
        }
        return b.toString();
    }
}
