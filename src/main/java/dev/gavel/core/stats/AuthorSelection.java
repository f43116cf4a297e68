package dev.gavel.core.stats;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** Which authors a per-author query reads: all of them, or the listed ones. */
public record AuthorSelection(boolean all, Set<String> authorIds) {

    public static final AuthorSelection ALL = new AuthorSelection(true, Set.of());

    public AuthorSelection {
        authorIds = all ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(authorIds));
    }

    public static AuthorSelection only(Collection<String> authorIds) {
        return new AuthorSelection(false, Set.copyOf(authorIds));
    }
}
