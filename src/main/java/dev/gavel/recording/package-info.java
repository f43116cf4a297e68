/**
 * Recording what happens on Discord into the store, without JDA: the events the Discord runtime
 * copies out of its client ({@link dev.gavel.recording.RecordingEvent}, {@link dev.gavel.recording.SeenMessage})
 * and the {@link dev.gavel.recording.Recorder} that measures and writes them in batches on its own
 * thread.
 *
 * <p>How live events and backfill keep the rows true together:
 * <ul>
 *   <li>Every row is written by one mapping ({@code MessageMetrics.toMessageStat}), so a backfilled
 *       row equals a live one; writes are upserts, so recording a message twice changes nothing.</li>
 *   <li>A backfill page remembers the recorder's event sequence number when it was requested; a
 *       message that a live event (edit, delete, reaction) touched after that keeps what the live
 *       event made of it. Otherwise the page's version (the true reaction total, the current content)
 *       is written.</li>
 *   <li>A channel's cursor ({@code backfill_cursors}) means "the history up to this id is in the
 *       store, or older than the horizon". A plan writes the start it chose (the cursor; else the
 *       newest recorded message, not older than the horizon; else the horizon's first id) as the
 *       cursor; pages move it over what they committed; live messages move it only once the channel's
 *       backfill reached the present and while the gateway session is unbroken (a resume restores that,
 *       a new session needs a new backfill). A cursor may lag (then a restart refetches a few messages,
 *       harmlessly) but never runs ahead of a gap.</li>
 *   <li>Backfill brings back messages only: edits, deletions and reaction changes to older messages
 *       made while nothing was connected are not seen; the recorder sessions show when that could be.</li>
 * </ul>
 */
package dev.gavel.recording;
