package dev.gavel.core.model;

import java.time.Instant;

/**
 * A recorder session: a time when a bot was connected and recording ({@code sessions}). The
 * session is known to have been connected from {@code startedAt} up to {@code expires}.
 */
public record RecorderSession(
        String id,
        String botId,
        String botName,
        Instant startedAt,
        Instant endedAt,
        long eventsRecorded,
        int resumes,
        Instant expires) {
}
