package dev.gavel.app.settings;

import java.time.Instant;
import java.util.List;

/** One change of the settings as the history shows it: when, by whom, and each setting's before → after. */
public record HistoryEntry(Instant changedAt, String who, List<Line> lines) {

    public HistoryEntry {
        lines = List.copyOf(lines);
    }

    /** One setting that changed, its values as names ("#mod-log", "@Moderators"); "(none)" when unset. */
    public record Line(String setting, String before, String after) {
        public String text() {
            return setting + ": " + before + " → " + after;
        }
    }
}
