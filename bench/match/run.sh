#!/usr/bin/env bash
# Matching benchmarks (issue 4 items 5 and 6): accuracy and speed of `tepat match dedup-file` on the FEBRL sets and on
# the civil-registration file of 1,000,000 people made by `tepat demo generate`, with the shipped settings.
# Prints one line per data set: records, pairs compared, stage times, pairs/s, wall time, peak RSS, precision/recall/F1.
# Usage: bench/match/run.sh BUILD_DIR [RECORDS]   (RECORDS defaults to 1000000; the synthetic file is cached in
# $TMPDIR/tepat-match-bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build=${1:-build}
records=${2:-1000000}
tepat="$build/tepat"
[[ -x "$tepat" ]] || tepat="$root/$build/tepat"
work="${TMPDIR:-/tmp}/tepat-match-bench"
mkdir -p "$work"

run() {  # name settings input truth-args...   (RUNS=N: one warm-up run, then the median of N timed runs)
  local name=$1 settings=$2 input=$3
  shift 3
  local out="$work/$name-pairs.csv" runs=${RUNS:-1} i
  local cmd=("$tepat" match dedup-file --settings "$settings" --input "$input" --out "$out")
  if (( runs > 1 )); then "${cmd[@]}" >/dev/null 2>&1; fi
  for (( i = 1; i <= runs; i++ )); do
    /usr/bin/time -o "$work/$name.time.$i" -f "%e wall %e s, user %U s, peak RSS %M KB" "${cmd[@]}" >"$work/$name.log" 2>/dev/null
  done
  local summary report quality
  summary=$(grep -E 'pairs compared|took' "$work/$name.log")
  report=$(cat "$work/$name".time.* | sort -n | sed -n "$(( (runs + 1) / 2 ))p" | cut -d' ' -f2-)
  rm -f "$work/$name".time.*
  (( runs == 1 )) || report="$report (median of $runs runs after a warm-up run)"
  quality=$("$tepat" match eval --pairs "$out" "$@" | grep -E 'precision|recall|F1' | tr '\n' ' ')
  echo "== $name"
  echo "$summary"
  echo "$report"
  echo "$quality"
}

# The FEBRL runs take a fraction of a second, so each is warmed up once and timed 5 times (the median is reported).
for set in febrl1 febrl2 febrl3; do
  RUNS=5 run "$set" "$root/config/match/febrl.json" "$root/data/febrl/$set.csv" \
      --input "$root/data/febrl/$set.csv" --settings "$root/config/match/febrl.json" --truth-from-id-pattern '^rec-([0-9]+)-'
done

# End-to-end throughput beside the Python Record Linkage Toolkit's figure (about 57,000 pairs/s: 1.5 million candidate
# pairs of 20,000 FEBRL records in 26 s, blocking on names, birth date and postcode): the three FEBRL sets as one file
# of 11,000 records (ids prefixed by set, so truth stays per set) with the toolkit's blocking keys instead of ours.
combined="$work/febrl-all.csv"
head -1 "$root/data/febrl/febrl1.csv" > "$combined"
for set in febrl1 febrl2 febrl3; do
  tail -n +2 "$root/data/febrl/$set.csv" | sed "s/^rec-/${set#febrl}x-rec-/" >> "$combined"
done
toolkit_settings="$work/febrl-toolkit-blocking.json"
awk '/"blocking": \[/ { print "  \"blocking\": ["; print "    {\"name\": \"given_name\", \"keys\": [\"given_name\"]},";
                         print "    {\"name\": \"surname\", \"keys\": [\"surname\"]},";
                         print "    {\"name\": \"date_of_birth\", \"keys\": [\"date_of_birth\"]},";
                         print "    {\"name\": \"postcode\", \"keys\": [\"postcode\"]}"; skip = 1; next }
     skip && /^  \],/ { skip = 0 }
     !skip' "$root/config/match/febrl.json" > "$toolkit_settings"
RUNS=5 run febrl-all-toolkit-blocking "$toolkit_settings" "$combined" \
    --input "$combined" --settings "$toolkit_settings" --truth-from-id-pattern '^([0-9]x-rec-[0-9]+)-'
# The same with the toolkit's kind of training too: EM over the candidate pairs estimates u as well as m (unsupervised
# ECM), so random pairs only give EM its starting u (10,000 of them instead of 1,000,000).
ecm_settings="$work/febrl-toolkit-ecm.json"
sed -e 's/"u_sample_pairs": [0-9]*/"u_sample_pairs": 10000/' -e 's/"em_estimates_u": false/"em_estimates_u": true/' \
    "$toolkit_settings" > "$ecm_settings"
RUNS=5 run febrl-all-toolkit-ecm "$ecm_settings" "$combined" \
    --input "$combined" --settings "$ecm_settings" --truth-from-id-pattern '^([0-9]x-rec-[0-9]+)-'

# The demo generator's dukcapil.csv (issue 4 item 5 targets), when the binary has `demo generate`.
demo="$work/demo35-$records"
if "$tepat" demo generate --help >/dev/null 2>&1; then
  [[ -f "$demo/dukcapil.csv" ]] || "$tepat" demo generate --region 35 --people "$records" --seed 7 --out "$demo" >/dev/null
  for settings in registry registry-no-nik; do
    run "demo-dukcapil-$records-$settings" "$root/config/match/$settings.json" "$demo/dukcapil.csv" \
        --truth "$demo/truth.csv" --truth-id-column record_id --truth-entity-column person_id \
        --input "$demo/dukcapil.csv" --settings "$root/config/match/$settings.json"
  done
fi
