package dev.gavel.core.stats;

/** A half-open stretch {@code [from, to)} of time, in the units of its {@link Grain}, read from sources of that grain. */
public record Segment(Grain grain, long from, long to) {

    public Segment {
        if (from >= to) {
            throw new IllegalArgumentException("empty segment " + grain + " [" + from + ", " + to + ")");
        }
    }
}
