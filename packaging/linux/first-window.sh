#!/usr/bin/env bash
# Measures how long a launcher takes from its start to its first window, under Xvfb: starts a
# virtual screen, then RUNS times the launcher, each time polling the screen's window tree every
# 10 ms for a shown (mapped) window whose title starts with TITLE, then ending the launcher.
# Prints, per run and as medians, the time to the window and the CPU time the launcher's JVM had
# used by then (user + system; less at the mercy of other work on the machine than the time).
# A run without such a window within 60 s, or a launcher that ends before showing one, fails
# (exit 1). Needs xvfb and x11-utils (xwininfo).
# Usage: packaging/linux/first-window.sh LAUNCHER [RUNS] [TITLE]
#   e.g. packaging/linux/first-window.sh target/dist/image/Gavel/bin/Gavel 7
set -euo pipefail
launcher=$1
runs=${2:-5}
title=${3:-Gavel}

work=$(mktemp -d)
display=:$((100 + RANDOM % 800))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$display
for _ in $(seq 100); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.05; done
# a store, settings and logs of its own
export GAVEL_HOME=$work/home
ticks_per_second=$(getconf CLK_TCK)

times=()
cpu_times=()
for run in $(seq "$runs"); do
    start=$(date +%s%N)
    deadline=$((start + 60000000000))
    "$launcher" >"$work/run.log" 2>&1 &
    app=$!
    shown=
    while kill -0 "$app" 2>/dev/null && [ "$(date +%s%N)" -lt "$deadline" ]; do
        # the window exists (with its title) well before it is mapped: wait for IsViewable
        for id in $(xwininfo -root -tree 2>/dev/null | grep -F "\"$title" | awk '{print $1}'); do
            if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
                shown=$(date +%s%N)
                ticks=$(awk '{print $14 + $15}' "/proc/$app/stat")
                break 2
            fi
        done
        sleep 0.01
    done
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    if [ -z "$shown" ]; then
        echo "run $run: no window titled $title* was shown; the launcher's output:" >&2
        cat "$work/run.log" >&2
        exit 1
    fi
    ms=$(((shown - start) / 1000000))
    cpu_ms=$((ticks * 1000 / ticks_per_second))
    times+=("$ms")
    cpu_times+=("$cpu_ms")
    echo "run $run: first window after $ms ms, $cpu_ms ms of CPU time"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
echo "median of $runs runs: $(median "${times[@]}") ms, $(median "${cpu_times[@]}") ms of CPU time" \
    "(load average $(cut -d' ' -f1 /proc/loadavg))"
