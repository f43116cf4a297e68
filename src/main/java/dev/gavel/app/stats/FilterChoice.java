package dev.gavel.app.stats;

import java.util.Objects;
import java.util.Set;

import dev.gavel.core.stats.ChannelFilter;

/**
 * Which channels the statistics page counts: the guild's saved filter, every channel, or one
 * category chosen for the page (the saved setting is not changed).
 */
public record FilterChoice(Kind kind, ChannelFilter filter, String label) {

    public enum Kind { SAVED, ALL, CATEGORY }

    public FilterChoice {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(filter);
        Objects.requireNonNull(label);
    }

    /** The guild's saved filter; when it is empty it counts every channel and says so. */
    static FilterChoice saved(ChannelFilter saved) {
        if (saved.isEmpty()) {
            return new FilterChoice(Kind.SAVED, saved, "All channels (no saved filter)");
        }
        return new FilterChoice(Kind.SAVED, saved, "Saved filter (" + describe(saved) + ")");
    }

    static FilterChoice all() {
        return new FilterChoice(Kind.ALL, ChannelFilter.NONE, "All channels");
    }

    static FilterChoice category(String name) {
        return new FilterChoice(Kind.CATEGORY, new ChannelFilter(Set.of(), Set.of(name)), "Category " + name);
    }

    private static String describe(ChannelFilter filter) {
        StringBuilder text = new StringBuilder();
        int channels = filter.channelIds().size();
        if (channels > 0) {
            text.append(channels).append(channels == 1 ? " channel" : " channels");
        }
        if (!filter.categories().isEmpty()) {
            text.append(channels > 0 ? ", " : "").append(filter.categories().size() == 1 ? "category " : "categories ")
                    .append(String.join(", ", filter.categories()));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return label;
    }
}
