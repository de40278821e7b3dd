#!/usr/bin/env bash
# Times `smtp-status bounces --json` against Perl Sisimai (Debian's
# libsisimai-perl, Sisimai->make per file in one process) on the same
# files: the shared corpus copied COPIES times into one directory (10 by
# default), each command run RUNS times (3), the median printed with the
# messages per second and the ratio. Installs Sisimai where it is missing.
#
#   bash scripts/bench-bounces.sh [COPIES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-10}
runs=${2:-3}
corpus=../shared/bounces/maildir
[ -d "$corpus" ] || { echo "bench-bounces: no $corpus" >&2; exit 1; }
if ! perl -MSisimai -e1 2>/dev/null; then
    apt-get update -qq && apt-get install -y -qq libsisimai-perl >/dev/null
fi
cargo build --release -q -p smtp-status-cli
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for copy in $(seq "$copies"); do
    for file in "$corpus"/*; do cp "$file" "$dir/$copy-$(basename "$file")"; done
done
messages=$(ls "$dir" | wc -l)
bytes=$(cat "$dir"/* | wc -c)

# The median wall time of `runs` runs of a command, in seconds.
median() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s.%N)
        "$@" > /dev/null
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

one=$(median target/release/smtp-status bounces --json --threads 1 "$dir")
two=$(median target/release/smtp-status bounces --json --threads 2 "$dir")
theirs=$(median perl scripts/sisimai-rate.pl "$dir")
echo "messages: $messages ($bytes bytes), median of $runs runs"
for row in "1:$one" "2:$two"; do
    threads=${row%%:*} seconds=${row#*:}
    printf 'smtp-status bounces --json --threads %s: %.3f s, %.0f messages/s, %.1f MB/s, %.1fx Perl Sisimai\n' \
        "$threads" "$seconds" "$(echo "$messages / $seconds" | bc -l)" "$(echo "$bytes / $seconds / 1000000" | bc -l)" "$(echo "$theirs / $seconds" | bc -l)"
done
printf 'Perl Sisimai (Sisimai->make per file): %.3f s, %.0f messages/s\n' "$theirs" "$(echo "$messages / $theirs" | bc -l)"
printf 'two threads: %.2fx the one-thread rate\n' "$(echo "$one / $two" | bc -l)"
