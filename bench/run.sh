#!/usr/bin/env bash
# Scale benchmark (issues 9 and 18): builds the jar once, then for each size writes a synthetic site (not
# timed) and times separate JVM runs of `intentions build`: a full build, a no-change rebuild, a full build
# with no JVM options, and a rebuild after one intention is edited (using the build cache the earlier build
# left in .intentions-cache/). Then `intentions build` after each of BENCH_EDITS edits with the build daemon
# running (as the README's command runs by default). Then it starts `intentions serve` on the site and times save-to-visible: one
# intention's text is changed and the intention page is fetched over HTTP until it shows the change (median
# of BENCH_EDITS edits, after one untimed warm-up edit). Writes the results into docs/performance.md between
# the scale markers.
#
#   bench/run.sh                    # sizes 1000 10000 50000, then the national site
#   BENCH_SIZES="1000" BENCH_NATIONAL=0 bench/run.sh # quicker
#
# Settings (environment):
#   BENCH_SIZES      intentions per site                      (default "1000 10000 50000")
#   BENCH_DIR        where sites are generated and built      (default /dev/shm/intentions-bench: tmpfs,
#                    like the Hugo reference; deleting a big site on this VM's disk costs seconds of I/O)
#   BENCH_JAVA_OPTS  JVM options for the measured builds      (default: the recommended options in
#                    docs/performance.md, "-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1"); every size
#                    also gets one full build with no JVM options at all, for comparison. Every run goes
#                    through the launcher, bin/intentions (the README's command), with these as INTENTIONS_OPTS,
#                    so it maps the class-data sharing archive an untimed first build made
#   BENCH_SEED       synthetic content seed                   (default 1)
#   BENCH_EDITS      timed serve edits per size               (default 20: an editing session is many saves, and
#                    the first ones after start come while the JIT is still compiling; the issue asks for >= 8)
#   BENCH_SERVE_MAX  time serve edits only up to this size (default: every size)
#   BENCH_SMALL_HEAP  from 50,000 intentions, one more full build with this heap limit (default -Xmx448m;
#                    empty: skip), to show the memory a large build needs rather than what -Xmx1g lets it take
#   BENCH_DEFAULTS_MAX  the full build with no JVM options runs only up to this size (default 10000;
#                    a 50,000-intention one takes a minute of both cores and was measured before)
#   BENCH_NATIONAL   1: also the national site: 42 commissioners x 5 years, 7,700 providers, spread over
#                    BENCH_NATIONAL_INTENTIONS intentions (default 50000); 0: skip it (default 1)
#   BENCH_DOCS_MAX   largest size also built with board packs (PDF)      (default 10000)
#   BENCH_PACKS_MAX  largest size also built with every provider pack    (default 200: ~1 min of CPU there, ~25 min at 1,000)
#   BENCH_NO_DOCS=1  print the table only, leave docs/performance.md alone
#   BENCH_NO_BUILD=1 use the jar as it is (after `mvn verify`, say): generator/target/intentions.jar, or
#                    BENCH_JAR (a copy, so a build running meanwhile cannot replace it under the benchmark)
#   BENCH_KEEP=1     keep the generated sites (on tmpfs they hold RAM, so they are removed by default)
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
sizes="${BENCH_SIZES:-1000 10000 50000}"
work="${BENCH_DIR:-/dev/shm/intentions-bench}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1}"
seed="${BENCH_SEED:-1}"
edits="${BENCH_EDITS:-20}"
national="${BENCH_NATIONAL:-1}"
national_n="${BENCH_NATIONAL_INTENTIONS:-50000}"
defaults_max="${BENCH_DEFAULTS_MAX:-10000}"
small_heap="${BENCH_SMALL_HEAP--Xmx448m}"
serve_max="${BENCH_SERVE_MAX:-1000000000}"
jar="${BENCH_JAR:-$here/generator/target/intentions.jar}"
doc="$here/docs/performance.md"

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
command -v javac >/dev/null || { echo "needs javac (a JDK)" >&2; exit 2; }

if [ "${BENCH_NO_BUILD:-0}" = 1 ] && [ -f "$jar" ]; then
    echo "== using the jar already built: $jar"
else
    echo "== building the jar once"
    (cd "$here" && mvn -q -B package -DskipTests)
fi

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
serve_rows=()
daemon_rows=()

# run LABEL N DIR [JAVA_OPTS]: one JVM run of `build --stats`; appends a table row.
run() {
    local label="$1" n="$2" dir="$3" opts="${4-$java_opts}" load out timing
    load="$(cut -d' ' -f1 /proc/loadavg)"
    out="$work/out.txt"
    timing="$work/time.txt"
    # shellcheck disable=SC2086
    if ! (cd "$dir" && INTENTIONS_JAR="$jar" INTENTIONS_OPTS="$opts" INTENTIONS_DAEMON=0 \
        /usr/bin/time -o "$timing" -f "%e %U %S %M" "$here/bin/intentions" build --stats >"$out" 2>"$work/err.txt"); then
        if [ "${5:-}" = may-fail ]; then # a measurement of the limit, not a gate: record how it failed
            local why
            why="$(grep -m1 -o 'OutOfMemoryError[^"]*' "$work/err.txt" || head -1 "$work/err.txt")"
            rows+=("| $n | $label | failed: ${why:-no message} | | | | | | | $load |")
            echo "${rows[-1]}"
            # untimed: put back the site and build cache the next (one-edit) run starts from; forced, because a run
            # that ran out of memory after switching its site in leaves the site up to date without a build cache
            (cd "$dir" && INTENTIONS_JAR="$jar" INTENTIONS_OPTS="$java_opts" INTENTIONS_DAEMON=0 \
                "$here/bin/intentions" build --force >/dev/null 2>&1) || { echo "build failed" >&2; exit 1; }
            return 0
        fi
        cat "$work/err.txt" >&2; echo "build failed" >&2; exit 1
    fi
    read -r wall user sys rss_kb <"$timing"
    pages="$(sed -n -e 's/^Built \([0-9]*\) pages.*/\1/p' -e 's/^Up to date.*(\([0-9]*\) pages.*/\1/p' "$out")"
    heap="$(sed -n 's/.*peak_heap=\([0-9.]*\)MiB.*/\1/p' "$out")"
    local row
    row="$(awk -v n="$n" -v label="$label" -v pages="$pages" -v wall="$wall" -v user="$user" -v sys="$sys" \
        -v heap="$heap" -v rss="$rss_kb" -v load="$load" 'BEGIN {
            printf "| %s | %s | %d | %.2f | %.0f | %.1f | %.0f | %.0f | %.0f | %s |",
                n, label, pages, wall, pages / wall, user + sys, (user + sys) * 1000000 / (n + 0), heap, rss / 1024, load }')"
    rows+=("$row")
    echo "$row"
    if [ "$label" = "full build" ]; then
        stats_notes+=("- $n intentions: $(grep '^stats: cpu' "$out" | sed 's/^stats: cpu *//')")
    fi
    if [ "$label" = "one intention edited" ]; then
        stats_notes+=("- $n intentions, one intention edited: $(grep '^stats: cpu' "$out" | sed 's/^stats: cpu *//'); $(sed -n 's/^stats: pages //p' "$out")")
    fi
}

# caught_up FILE N: returns once serve's log FILE shows N rebuilds and a catch-up line ("brought up to date")
# for every rebuild, or (a rebuild that needed no catch-up) has not grown for 60 s. The page shows an edit a
# moment before serve logs its rebuild, so counting lines alone could return while the catch-up still runs.
caught_up() {
    local f="$1" want="$2" size quiet=0 rebuilt caught
    size="$(wc -c <"$f")"
    while [ "$quiet" -lt 600 ]; do
        rebuilt="$(grep -c '^Rebuilt in' "$f" || true)"
        caught="$(grep -c 'brought up to date in' "$f" || true)"
        [ "$rebuilt" -ge "$want" ] && [ "$caught" -ge "$rebuilt" ] && return 0
        if [ "$(wc -c <"$f")" = "$size" ]; then quiet=$((quiet + 1)); else size="$(wc -c <"$f")"; quiet=0; fi
        sleep 0.1
    done
}

# serve_edits LABEL N DIR SECTION PAGE: times save-to-visible in `intentions serve` over HTTP.
serve_edits() {
    local label="$1" n="$2" dir="$3" section="$4" page="$5" log="$work/serve.txt" url="" pid i ms
    local times=() load
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2086
    # serve runs with the launcher's own options for serve (it keeps the optimising compiler), as a user's does,
    # unless BENCH_JAVA_OPTS asks for others
    if [ -n "${BENCH_JAVA_OPTS+set}" ]; then
        (cd "$dir" && INTENTIONS_JAR="$jar" INTENTIONS_OPTS="$java_opts" exec "$here/bin/intentions" serve --port 0) \
            >"$log" 2>&1 &
    else
        (cd "$dir" && INTENTIONS_JAR="$jar" exec "$here/bin/intentions" serve --port 0) >"$log" 2>&1 &
    fi
    pid=$!
    for _ in $(seq 1 1200); do
        url="$(sed -n 's/^Serving \(http[^ ]*\) .*/\1/p' "$log")"
        [ -n "$url" ] && break
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "serve stopped" >&2; exit 1; }
        sleep 0.5
    done
    [ -n "$url" ] || { kill "$pid"; echo "serve did not start" >&2; exit 1; }
    for i in $(seq 0 "$edits"); do
        # the save and the polling over one kept-alive connection, as a browser's, timed inside one warm JVM
        ms="$(java -XX:TieredStopAtLevel=1 -cp "$poller" SaveToVisible "$section" \
            "Edited for the benchmark" "Edited for the benchmark, serve edit $i." "$url$page")" || { kill "$pid"; cat "$log" >&2; exit 1; }
        [ "$i" -gt 0 ] && times+=("$ms")  # edit 0 warms the JIT up and is not counted
        # the next save comes once serve is idle: after the pages, serve brings the edited plan's data files
        # and search entries up to date in a catch-up build ("... brought up to date"): wait for its line
        caught_up "$log" "$((i + 1))"
        sleep 0.2
    done
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    local sorted median rebuilt caught
    sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
    median="$(printf '%s\n' "$sorted" | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
    rebuilt="$(grep '^Rebuilt in' "$log" | tail -1 | sed -e 's/^Rebuilt in //' -e 's/ (.*//')"
    caught="$(grep 'brought up to date in' "$log" | tail -1 | sed 's/.* up to date in \([0-9]*\) ms.*/\1/')"
    local row
    row="| $n | $label | $median | $(printf '%s\n' "$sorted" | head -1) | $(printf '%s\n' "$sorted" | tail -1) | ${#times[@]} | $rebuilt | ${caught:-none} | $load |"
    serve_rows+=("$row")
    echo "$row"
}

# edit_section FILE TEXT: adds a sentence to the first intention's actions in the section file FILE, as an
# editor saves: the new text written beside, then renamed over it.
edit_section() {
    awk -v text="$2" 'done != 1 && /^    actions: \|$/ { print; getline; print; print "      " text; done = 1; next } { print }' \
        "$1" >"$1.tmp" && mv "$1.tmp" "$1"
}

# cpu_ticks PID: user + system CPU time of a process so far, in clock ticks (/proc/PID/stat fields 14 and 15).
cpu_ticks() {
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# daemon_edits LABEL N DIR SECTION: `bin/intentions build` after one edit, again and again, with the build daemon
# running (the README's command as an author uses it: edit, build, look, edit again). The daemon is started by an
# untimed build and warmed by one untimed edit; then BENCH_EDITS edits, each timed from the launcher's start to its
# end, each once the daemon has finished the work it does after answering the one before. The daemon's own CPU
# time per build is read from /proc; its peak RSS from /proc at the end.
daemon_edits() {
    local label="$1" n="$2" dir="$3" section="$4" i start end pid ticks hz load
    local times=() cpus=()
    load="$(cut -d' ' -f1 /proc/loadavg)"
    hz="$(getconf CLK_TCK)"
    # a runtime folder of the benchmark's own, so its daemon is the only one there and is stopped at the end
    mkdir -p -m 700 "$work/run"
    for i in $(seq -1 "$edits"); do
        [ "$i" -ge 0 ] && edit_section "$section" "Edited for the benchmark, daemon edit $i."
        [ -n "${pid:-}" ] && ticks="$(cpu_ticks "$pid")"
        start="$(date +%s%N)"
        (cd "$dir" && INTENTIONS_JAR="$jar" XDG_RUNTIME_DIR="$work/run" "$here/bin/intentions" build -q \
            >/dev/null 2>"$work/err.txt") || { cat "$work/err.txt" >&2; echo "build failed" >&2; exit 1; }
        end="$(date +%s%N)"
        # the next edit comes once the daemon is idle again: after answering, it saves the build cache and
        # deletes the retired release (an author's next save comes seconds later; here it would queue behind)
        until [ "$(cat "$work"/run/intentions/*.log | grep -c ' after the answer: ')" -ge "$((i + 2))" ]; do
            sleep 0.05
        done
        if [ -z "${pid:-}" ]; then
            pid="$(sed -n 's/.* daemon listening on .* (pid \([0-9]*\))$/\1/p' "$work"/run/intentions/*.log | tail -1)"
            [ -n "$pid" ] || { echo "no build daemon started" >&2; exit 1; }
        elif [ "$i" -gt 0 ]; then # -1 started the daemon (the site was up to date), 0 warmed it up
            times+=("$(( (end - start) / 1000000 ))")
            cpus+=("$(( ($(cpu_ticks "$pid") - ticks) * 1000 / hz ))")
        fi
    done
    local rss
    rss="$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")"
    kill "$pid" 2>/dev/null || true
    rm -rf "$work/run"
    local row
    row="| $n | $label | $(median "${times[@]}") | $(printf '%s\n' "${times[@]}" | sort -n | head -1) | $(printf '%s\n' "${times[@]}" | sort -n | tail -1) | ${#times[@]} | $(median "${cpus[@]}") | $rss | $load |"
    daemon_rows+=("$row")
    echo "$row"
}

# median X...: the median of whole numbers.
median() {
    printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# measure N DIR: the CLI runs and the serve edits of one synthetic site.
measure() {
    local n="$1" dir="$2" sections section plan intention
    run "full build" "$n" "$dir"
    run "no-change rebuild" "$n" "$dir"
    if [ "${n%% *}" -ge 50000 ] && [ -n "$small_heap" ]; then
        # memory bounded by design: the same build in a heap well under the 600 MiB RSS target
        rm -rf "$dir/site" "$dir/.site.releases" "$dir/.intentions-cache"
        run "full build, $small_heap" "$n" "$dir" "$small_heap -XX:+UseParallelGC -XX:TieredStopAtLevel=1" may-fail
    fi
    if [ "${n%% *}" -le "$defaults_max" ]; then
        rm -rf "$dir/site" "$dir/.site.releases" "$dir/.intentions-cache"  # the output is a link to a release
        run "full build, JVM defaults (no options)" "$n" "$dir" ""
    fi
    # Edit one intention: add a sentence to the first intention's actions in the first section file.
    sections=("$dir"/content/plans/*/sections/*.yml)
    section="${sections[0]}"
    edit_section "$section" "Edited for the benchmark."
    run "one intention edited" "$n" "$dir"
    daemon_edits "one intention edited, build daemon running" "$n" "$dir" "$section"
    plan="$(basename "$(dirname "$(dirname "$section")")")"
    intention="$(sed -n 's/^  - id: *//p' "$section" | head -1)"
    if [ "${n%% *}" -le "$serve_max" ]; then
        serve_edits "serve: one intention edited" "$n" "$dir" "$section" "plans/$plan/intentions/$intention.html"
    fi
}

# The serve edits' poller (bench/SaveToVisible.java), compiled once.
poller="$work/poller"
mkdir -p "$poller"
javac -d "$poller" "$here/bench/SaveToVisible.java"

# The launcher's class-data sharing archive (README, "Fast by default") is written by the first run of a jar:
# make it with one untimed build, so every measured run maps it as a user's second and later runs do.
java -jar "$jar" synth --intentions 200 --seed "$seed" "$work/warm-up" >/dev/null
(cd "$work/warm-up" && INTENTIONS_JAR="$jar" INTENTIONS_DAEMON=0 "$here/bin/intentions" build >/dev/null 2>&1) || true
rm -rf "$work/warm-up"

for n in $sizes; do
    dir="$work/site-$n"
    echo "== $n intentions: generating (not timed)"
    java -jar "$jar" synth --intentions "$n" --seed "$seed" "$dir" >/dev/null
    measure "$n" "$dir"
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
    [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$dir"
done
if [ "$national" = 1 ]; then
    dir="$work/site-national"
    echo "== national site: 42 commissioners x 5 years, 7,700 providers, $national_n intentions (not timed)"
    java -jar "$jar" synth --intentions "$national_n" --commissioners 42 --years 5 --providers 7700 --seed "$seed" \
        "$dir" | tee "$work/national.txt"
    measure "$national_n (national)" "$dir"
fi

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -h | awk '/^Mem:/ {print $2}') RAM; $(java -version 2>&1 | head -1); output on $(df -T "$work" | awk 'NR==2 {print $2}')"
table="$(cat <<TABLE
Measured $(date -u +%Y-%m-%d) by \`bench/run.sh\` with the README's command, \`bin/intentions build\` (its options
\`$java_opts\` and its class-data sharing archive), unless the row says otherwise (one JVM per run; wall time
includes JVM start; content and output on tmpfs).
Machine: $machine. The last column is the 1-minute load average just before each run (2 means both cores
were busy; the benchmark's own previous run keeps it near 2, so only well above that means something else was
running), and CPU seconds are the contention-independent figure.

| intentions | run | pages | wall s | pages/s | CPU s (user+sys) | CPU µs per intention | peak heap MiB | peak RSS MiB | load avg before |
|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|
$(printf '%s\n' "${rows[@]}")

CPU per stage of each full build and of each one-edit build (\`build --stats\`, process CPU time, all threads;
pages rendered and reused from the build cache):

$(printf '%s\n' "${stats_notes[@]}")

\`intentions serve\`, save to visible: the time from writing one intention's section file to the intention
page served over HTTP showing the change (\`bin/intentions serve\` with the launcher's options for serve$([ -n "${BENCH_JAVA_OPTS+set}" ] && echo ", here replaced by \`$java_opts\`" || echo ", \`-Xmx1g -XX:+UseParallelGC\`: the optimising compiler kept for a long session"); \`bench/SaveToVisible.java\`: the save as an editor makes it, a temporary file renamed over the section file, then one kept-alive connection asking for the page every 2 ms, as a browser keeps its connection; timed from the rename), $edits edits after one untimed warm-up,
each once serve has finished the one before (its catch-up logged); the last two columns are serve's own log for the
last edit: the rebuild that shows the pages, and the catch-up build straight after it that brings the edited plan's
data files, documents and search entries up to date.

| intentions | run | median ms | fastest ms | slowest ms | edits | last rebuild (serve log) | catch-up ms | load avg before |
|--:|---|--:|--:|--:|--:|---|--:|--:|
$(printf '%s\n' "${serve_rows[@]}")

\`bin/intentions build\` after one edit with the build daemon running (the README's command, as an author uses it
between edits): $edits edits after one untimed warm-up edit, each timed from the launcher's start to its end (the
client's JVM start, the hand-over, the build in the daemon and its report); the daemon's CPU time per build (from
/proc, all its threads, including what it does after answering: saving the build cache, deleting the retired
release) and its peak RSS over the whole run. The CLI rows above build in a JVM of their own (\`INTENTIONS_DAEMON=0\`).

| intentions | run | median ms | fastest ms | slowest ms | edits | daemon CPU ms per build (median) | daemon peak RSS MiB | load avg before |
|--:|---|--:|--:|--:|--:|--:|--:|--:|
$(printf '%s\n' "${daemon_rows[@]}")
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
