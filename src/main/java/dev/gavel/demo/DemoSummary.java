package dev.gavel.demo;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a demo store holds, for the command line and the console to tell the user.
 *
 * @param outages the long recorder outages (the short restarts between sessions are not listed)
 */
public record DemoSummary(
        Path file,
        String guildId,
        String guildName,
        LocalDate firstDay,
        LocalDate lastDay,
        int members,
        int bots,
        int channels,
        int threads,
        long messages,
        int authors,
        int sessions,
        List<Outage> outages,
        int ticketPanels,
        int tickets,
        int openTickets,
        int trackedMembers,
        int reports,
        int modActions) {

    public DemoSummary {
        outages = List.copyOf(outages);
    }

    /** A time when no recorder was connected, so no message was recorded. */
    public record Outage(Instant from, Instant to) {
    }
}
