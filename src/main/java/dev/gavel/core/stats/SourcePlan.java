package dev.gavel.core.stats;

import java.util.List;

/**
 * Where a query reads its rows: segments that together cover the range's UTC instants
 * {@code [start, end)} exactly once, and the zone's UTC offsets over the range (first span starts
 * at {@code start}), with which a source places a row on its local day or hour.
 */
public record SourcePlan(List<Segment> segments, List<OffsetSpan> offsets) {

    public SourcePlan {
        segments = List.copyOf(segments);
        offsets = List.copyOf(offsets);
    }
}
