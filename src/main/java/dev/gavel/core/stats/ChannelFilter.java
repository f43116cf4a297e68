package dev.gavel.core.stats;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Which channels the statistics count: messages in one of {@code channelIds} or in a channel whose
 * category is one of {@code categories}. Both empty: every channel. A message whose category is
 * missing never matches a category name.
 */
public record ChannelFilter(Set<String> channelIds, Set<String> categories) {

    public static final ChannelFilter NONE = new ChannelFilter(Set.of(), Set.of());

    public ChannelFilter {
        channelIds = channelIds == null ? Set.of() : sortedCopy(channelIds);
        categories = categories == null ? Set.of() : sortedCopy(categories);
    }

    public static ChannelFilter of(Collection<String> channelIds, Collection<String> categories) {
        return new ChannelFilter(channelIds == null ? Set.of() : Set.copyOf(channelIds),
                categories == null ? Set.of() : Set.copyOf(categories));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return channelIds.isEmpty() && categories.isEmpty();
    }

    private static Set<String> sortedCopy(Set<String> values) {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
