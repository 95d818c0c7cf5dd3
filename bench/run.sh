#!/usr/bin/env bash
# Whole-process figures for issue 10, on this machine, in one run:
#   - the national synthetic corpus (`jixiao synth`, every county-level division × 10 years);
#   - extraction MB/s (`jixiao extract` on it), F1 against its gold;
#   - `jixiao run` on it: wall time, peak RSS (/usr/bin/time -v) and each stage's time (--timings),
#     cold (--no-cache), with the cache filled, and a re-run after one report changed;
#   - scaling: `run` at ~1k, ~10k and ~30k reports;
#   - the Python peer (../shared/bench/peer.py: re + pandas + matplotlib) on the same corpus, and
#     the ratio of its wall time to jixiao's.
# Usage: bench/run.sh            (release build into $CARGO_TARGET_DIR, default /work/target-release)
#        JIXIAO=/path/to/jixiao bench/run.sh    (an already built binary)
# Results: printed, and written to $BENCH_DIR/results.txt (default /tmp/jixiao-bench).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target-release}
W=${BENCH_DIR:-/tmp/jixiao-bench}
# ../shared beside the checkout (or two levels up from a worktree)
SHARED=$(for d in "$ROOT/../shared" "$ROOT/../../shared" /work/shared; do [ -d "$d" ] && echo "$d" && break; done)
PEER=${PEER:-$SHARED/bench/peer.py}
SCORE=${SCORE:-$SHARED/corpus/score.py}
export JIXIAO_NO_PROGRESS=1
if [ -z "${JIXIAO:-}" ]; then
    (cd "$ROOT" && cargo build --release --quiet)
    JIXIAO=$CARGO_TARGET_DIR/release/jixiao
fi
mkdir -p "$W"
R=$W/results.txt
: > "$R"
say() { echo "$*" | tee -a "$R"; }

# /usr/bin/time -v → "wall_s peak_MB"
timed() {
    local log=$1; shift
    /usr/bin/time -v "$@" 2> "$log" > /dev/null || { tail -5 "$log"; return 1; }
    local wall rss
    wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
    echo "$wall $(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}')"
}
report_bytes() { find "$1" -name 'synthetic_*' -not -path '*/gold/*' \( -name '*.txt' -o -name '*.md' -o -name '*.docx' \) -printf '%s\n' | awk '{s+=$1} END{print s}'; }
report_count() { find "$1" -name 'synthetic_*' -not -path '*/gold/*' \( -name '*.txt' -o -name '*.md' -o -name '*.docx' \) | wc -l; }
stages() { grep "stage" "$1" | awk '{printf "%s %s s (%s MB); ", $3, $4, $7}'; }

say "jixiao bench $(date -u +%FT%TZ) on $(nproc) cores: $($JIXIAO --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. the national corpus
NAT=$W/national
if [ ! -f "$NAT/truth.csv" ]; then
    rm -rf "$NAT"
    read -r t m < <(timed "$W/synth.log" "$JIXIAO" synth --years 2015-2024 --out "$NAT" --seed 1)
    say "synth national: ${t} s, ${m} MB peak"
fi
BYTES=$(report_bytes "$NAT"); N=$(report_count "$NAT")
say "corpus: $N reports, $(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1048576}') MB ($(find "$NAT" -name '*.docx' -not -path '*/gold/*' | wc -l) .docx)"

# 2. extraction
warm() { find "$1" -type f -not -path '*/gold/*' -print0 | xargs -0 cat > /dev/null; }  # the page cache, so no run pays for the disk
warm "$NAT"
read -r t m < <(timed "$W/extract.log" "$JIXIAO" extract "$NAT" -o "$W/facts.csv")
say "extract (jixiao extract, facts.csv written): ${t} s, $(awk -v b="$BYTES" -v t="$t" 'BEGIN{printf "%.1f", b/1048576/t}') MB/s, ${m} MB peak"
say "extract F1: $(python3 "$SCORE" "$W/facts.csv" "$NAT/gold" | tail -1)"

# 3. run: cold, cache filled, one report changed
rm -rf "$W/out"
read -r t m < <(timed "$W/run_cold.log" "$JIXIAO" run --data "$NAT" --out "$W/out" --no-cache --timings)
RUN_COLD=$t
X=$(grep "stage extract" "$W/run_cold.log" | awk '{print $4}')
say "run (no cache): ${t} s, ${m} MB peak — $(stages "$W/run_cold.log")"
say "extraction stage of run: ${X} s, $(awk -v b="$BYTES" -v t="$X" 'BEGIN{printf "%.1f", b/1048576/t}') MB/s"
read -r t m < <(timed "$W/run_fill.log" "$JIXIAO" run --data "$NAT" --out "$W/out" --timings)
say "run (filling the cache): ${t} s, ${m} MB peak"
read -r t m < <(timed "$W/run_warm.log" "$JIXIAO" run --data "$NAT" --out "$W/out" --timings)
say "run (all from the cache): ${t} s, ${m} MB peak — $(stages "$W/run_warm.log")"
# one report changed: in the first province (上海市, 16 districts) and in the province with the
# most reports, whose part is the largest to compute again; then the run after it, restored
BIG=$(find "$NAT" -mindepth 1 -maxdepth 1 -type d -not -name gold | while read -r d; do echo "$(find "$d" -type f | wc -l) $d"; done | sort -n | tail -1 | cut -d' ' -f2-)
for ONE in "$(find "$NAT" -name 'synthetic_*_whole.md' | sort | sed -n 1p)" "$(find "$BIG" -name 'synthetic_*_whole.md' | sort | sed -n 1p)"; do
    cp "$ONE" "$W/one.bak"
    # a real change of one figure (106.79万元 → 106.791万元)
    sed -i '0,/万元/s//1万元/' "$ONE"
    read -r t m < <(timed "$W/run_one.log" "$JIXIAO" run --data "$NAT" --out "$W/out" --timings)
    say "run (one report changed, ${ONE#"$NAT"/}): ${t} s, ${m} MB peak — $(stages "$W/run_one.log") $(grep -h 'provinces, \|from the cache' "$W/run_one.log" | sed 's/^jixiao: //' | tr '\n' ' ')"
    cp "$W/one.bak" "$ONE"
    read -r t m < <(timed "$W/run_back.log" "$JIXIAO" run --data "$NAT" --out "$W/out" --timings)
    say "run (that report restored): ${t} s, ${m} MB peak"
done
say "outputs: $(du -sh --exclude=.jixiao-cache "$W/out" | cut -f1) in $(find "$W/out" -path '*/.jixiao-cache' -prune -o -type f -print | wc -l) files; largest: $(du -s --exclude=.jixiao-cache "$W/out"/* | sort -n | tail -3 | while read -r k f; do printf '%s %s MB, ' "${f#"$W/out/"}" "$((k / 1024))"; done)"

# 4. scaling (units × 10 years × ~1.25 reports)
for units in 80 800 2400; do
    S=$W/scale_$units
    [ -f "$S/truth.csv" ] || "$JIXIAO" synth --counties $units --years 2015-2024 --out "$S" --seed 1 2> /dev/null
    warm "$S"
    read -r t m < <(timed "$W/scale_$units.log" "$JIXIAO" run --data "$S" --out "$W/scale_out_$units" --no-cache --timings)
    say "scaling: $(report_count "$S") reports: run ${t} s, ${m} MB peak — $(stages "$W/scale_$units.log")"
done

# 5. the Python peer on the same corpus
# (peer.py needs pandas < 3: with pandas 3 `astype(str)` keeps a missing county as NaN and its chart fails)
if python3 -c "import pandas, matplotlib" 2> /dev/null; then
    rm -rf "$W/peer"
    if out=$(timed "$W/peer.log" python3 "$PEER" "$NAT" "$W/peer"); then
        read -r t m <<< "$out"
        say "peer.py: ${t} s, ${m} MB peak (reads .txt/.md only); jixiao run is $(awk -v a="$t" -v b="$RUN_COLD" 'BEGIN{printf "%.1f", a/b}')× faster (no cache)"
    else
        say "peer.py: failed, see $W/peer.log"
    fi
else
    say "peer.py: skipped (pip install 'pandas<3' matplotlib)"
fi
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
