#!/usr/bin/env bash
# Scale benchmark (issue 9): builds the jar once, then for each size writes a synthetic site (not timed) and
# times separate JVM runs of `intentions build`: a full build, a no-change rebuild and a rebuild after one
# intention is edited. Writes the results table into docs/performance.md between the scale markers.
#
#   bench/run.sh                    # sizes 1000 10000 50000
#   BENCH_SIZES="1000" bench/run.sh # quicker
#
# Settings (environment):
#   BENCH_SIZES      intentions per site                      (default "1000 10000 50000")
#   BENCH_DIR        where sites are generated and built      (default /dev/shm/intentions-bench: tmpfs,
#                    like the Hugo reference; deleting a big site on this VM's disk costs seconds of I/O)
#   BENCH_JAVA_OPTS  JVM options for the measured builds      (default: the recommended options in
#                    docs/performance.md, "-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1"); every size
#                    also gets one full build with no JVM options at all, for comparison
#   BENCH_SEED       synthetic content seed                   (default 1)
#   BENCH_DOCS_MAX   largest size also built with board packs (PDF)      (default 10000)
#   BENCH_PACKS_MAX  largest size also built with every provider pack    (default 200: ~1 min of CPU there, ~25 min at 1,000)
#   BENCH_NO_DOCS=1  print the table only, leave docs/performance.md alone
#   BENCH_KEEP=1     keep the generated sites (on tmpfs they hold RAM, so they are removed by default)
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${BENCH_SIZES:-1000 10000 50000}"
work="${BENCH_DIR:-/dev/shm/intentions-bench}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}"
seed="${BENCH_SEED:-1}"
jar="$here/generator/target/intentions.jar"
doc="$here/docs/performance.md"

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "== building the jar once"
(cd "$here" && mvn -q -B package -DskipTests)

# The work folder is deleted and recreated: refuse one that holds files the benchmark did not write.
if [ -d "$work" ] && [ ! -f "$work/.intentions-bench" ] && [ -n "$(ls -A "$work")" ]; then
    echo "refusing to delete $work: it is not empty and was not made by bench/run.sh" >&2
    exit 2
fi
rm -rf "$work"
mkdir -p "$work"
touch "$work/.intentions-bench"
rows=()
stats_notes=()

# run LABEL N DIR [JAVA_OPTS]: one JVM run of `build --stats`; appends a table row.
run() {
    local label="$1" n="$2" dir="$3" opts="${4-$java_opts}" load out timing
    load="$(cut -d' ' -f1 /proc/loadavg)"
    out="$work/out.txt"
    timing="$work/time.txt"
    # shellcheck disable=SC2086
    (cd "$dir" && /usr/bin/time -o "$timing" -f "%e %U %S %M" java $opts -jar "$jar" build --stats \
        >"$out" 2>"$work/err.txt") || { cat "$work/err.txt" >&2; echo "build failed" >&2; exit 1; }
    read -r wall user sys rss_kb <"$timing"
    pages="$(sed -n -e 's/^Built \([0-9]*\) pages.*/\1/p' -e 's/^Up to date.*(\([0-9]*\) pages.*/\1/p' "$out")"
    heap="$(sed -n 's/.*peak_heap=\([0-9.]*\)MiB.*/\1/p' "$out")"
    local row
    row="$(awk -v n="$n" -v label="$label" -v pages="$pages" -v wall="$wall" -v user="$user" -v sys="$sys" \
        -v heap="$heap" -v rss="$rss_kb" -v load="$load" 'BEGIN {
            printf "| %d | %s | %d | %.2f | %.0f | %.1f | %.0f | %.0f | %.0f | %s |",
                n, label, pages, wall, pages / wall, user + sys, (user + sys) * 1000000 / n, heap, rss / 1024, load }')"
    rows+=("$row")
    echo "$row"
    if [ "$label" = "full build" ]; then
        stats_notes+=("- $n intentions: $(grep '^stats: cpu' "$out" | sed 's/^stats: cpu *//')")
    fi
}

for n in $sizes; do
    dir="$work/site-$n"
    echo "== $n intentions: generating (not timed)"
    java -jar "$jar" synth --intentions "$n" --seed "$seed" "$dir" >/dev/null
    run "full build" "$n" "$dir"
    run "no-change rebuild" "$n" "$dir"
    rm -rf "$dir/site" "$dir/.site.releases"  # the output is a link to a release beside it
    run "full build, JVM defaults (no options)" "$n" "$dir" ""
    # Edit one intention: append a sentence to the first intention's actions in the first section file.
    sections=("$dir"/content/plans/*/sections/*.yml)
    section="${sections[0]}"
    awk 'done != 1 && /^    actions: \|$/ { print; getline; print; print "      Edited for the benchmark."; done = 1; next } { print }' \
        "$section" >"$section.tmp" && mv "$section.tmp" "$section"
    run "one intention edited" "$n" "$dir"
    # Documents (issue 17): a synthetic site makes no PDF (documents: in its site-config.yml). Up to
    # BENCH_DOCS_MAX intentions, build it with each plan's board pack, and up to BENCH_PACKS_MAX also with
    # every provider pack (hundreds of packs, each listing most of its commissioner's intentions).
    cfg="$dir/site-config.yml"
    if [ "$n" -le "${BENCH_DOCS_MAX:-10000}" ]; then
        sed -i 's/^  board_pack: false$/  board_pack: true/' "$cfg"
        rm -rf "$dir/site" "$dir/.site.releases" "$dir/.intentions-cache"
        run "full build with board packs" "$n" "$dir"
        if [ "$n" -le "${BENCH_PACKS_MAX:-200}" ]; then
            sed -i 's/^  provider_packs: none$/  provider_packs: all/' "$cfg"
            rm -rf "$dir/site" "$dir/.site.releases" "$dir/.intentions-cache"
            run "full build with board and every provider pack" "$n" "$dir"
            sed -i 's/^  provider_packs: all$/  provider_packs: none/' "$cfg"
        fi
        sed -i 's/^  board_pack: true$/  board_pack: false/' "$cfg"
    fi
done

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ {print $2}') RAM; $(java -version 2>&1 | head -1); output on $(df -T "$work" | awk 'NR==2 {print $2}')"
table="$(cat <<TABLE
Measured $(date -u +%Y-%m-%d) by \`bench/run.sh\` with \`java $java_opts -jar generator/target/intentions.jar build\`
unless the row says otherwise (one JVM per run; wall time includes JVM start; content and output on tmpfs).
Machine: $machine. The machine was shared with other builds while measuring: the last column is the 1-minute
load average just before each run (2 means both cores were already busy), and CPU seconds are the
contention-independent figure.

| intentions | run | pages | wall s | pages/s | CPU s (user+sys) | CPU µs per intention | peak heap MiB | peak RSS MiB | load avg before |
|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|
$(printf '%s\n' "${rows[@]}")

CPU per stage of each full build (\`build --stats\`, process CPU time, all threads):

$(printf '%s\n' "${stats_notes[@]}")
TABLE
)"

echo
echo "$table"
if [ "${BENCH_NO_DOCS:-0}" != 1 ] && [ -f "$doc" ] && grep -q '<!-- scale:begin -->' "$doc"; then
    printf '%s\n' "$table" >"$work/table.md"
    awk -v tf="$work/table.md" '
        /<!-- scale:begin -->/ { print; while ((getline line < tf) > 0) print line; skip = 1; next }
        /<!-- scale:end -->/ { skip = 0 }
        !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
    echo "== table written to docs/performance.md"
fi
if [ "${BENCH_KEEP:-0}" != 1 ]; then
    rm -rf "$work"
fi
