# Generated registries shared by the matching benchmarks (source it from a bench script run in the repository root).

# generated_registry BINARY PEOPLE: prints the folder holding `tepat demo generate --region 35 --people PEOPLE --seed 7`
# (var/bench-screen-PEOPLE), generating it the first time (several minutes for 10,000,000 people).
generated_registry() {
  local binary=$1 people=$2
  local data="var/bench-screen-$people"
  if [[ ! -f "$data/dukcapil.csv" ]]; then
    "$binary" demo generate --region 35 --people "$people" --seed 7 --out "$data" >/dev/null
  fi
  echo "$data"
}
