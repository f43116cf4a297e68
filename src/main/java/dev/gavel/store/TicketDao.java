package dev.gavel.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.Feedback;
import dev.gavel.core.model.PanelStatus;
import dev.gavel.core.model.Ticket;
import dev.gavel.core.model.TicketPanel;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Ticket panels ({@code tickets_config} + {@code ticket_panels}) and the tickets opened through them. */
@RegisterConstructorMapper(TicketPanel.class)
@RegisterConstructorMapper(Ticket.class)
public interface TicketDao {

    String PANEL = "SELECT c.message_id, p.guild_id, p.panel_channel_id, c.channel_id AS target_channel_id, c.role_id, "
            + "p.button_text, p.open_limit, p.status, p.created_by, p.created_at "
            + "FROM tickets_config c JOIN ticket_panels p ON p.message_id = c.message_id ";
    String TICKET = "SELECT thread_id, guild_id, panel_message_id, channel_id, opener_id, opener_name, concern, opened_at, "
            + "closed_at, closed_by, feedback FROM tickets ";

    @Transaction
    default void insertPanel(TicketPanel panel) {
        insertConfig(panel.messageId(), panel.targetChannelId(), panel.roleId());
        insertPanelSettings(panel);
    }

    @SqlUpdate("INSERT INTO tickets_config (message_id, channel_id, role_id) VALUES (:messageId, :channelId, :roleId)")
    void insertConfig(@Bind("messageId") String messageId, @Bind("channelId") String channelId, @Bind("roleId") String roleId);

    @SqlUpdate("INSERT INTO ticket_panels (message_id, guild_id, panel_channel_id, button_text, open_limit, status, created_by, "
            + "created_at) VALUES (:messageId, :guildId, :panelChannelId, :buttonText, :openLimit, :status, :createdBy, "
            + "coalesce(:createdAt, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))")
    void insertPanelSettings(@BindMethods TicketPanel panel);

    /** Removes a panel (its settings go with it). */
    @SqlUpdate("DELETE FROM tickets_config WHERE message_id = :messageId")
    int deletePanel(@Bind("messageId") String messageId);

    @SqlUpdate("UPDATE ticket_panels SET status = :status WHERE message_id = :messageId")
    int setPanelStatus(@Bind("messageId") String messageId, @Bind("status") PanelStatus status);

    @SqlQuery(PANEL + "WHERE c.message_id = :messageId")
    Optional<TicketPanel> findPanel(@Bind("messageId") String messageId);

    @SqlQuery(PANEL + "WHERE p.guild_id = :guildId ORDER BY p.created_at")
    List<TicketPanel> listPanels(@Bind("guildId") String guildId);

    @SqlUpdate("INSERT INTO tickets (thread_id, guild_id, panel_message_id, channel_id, opener_id, opener_name, concern, opened_at, "
            + "closed_at, closed_by, feedback) VALUES (:threadId, :guildId, :panelMessageId, :channelId, :openerId, :openerName, "
            + ":concern, :openedAt, :closedAt, :closedBy, :feedback) ON CONFLICT (thread_id) DO NOTHING")
    int insertTicket(@BindMethods Ticket ticket);

    @SqlUpdate("UPDATE tickets SET closed_at = :closedAt, closed_by = :closedBy, feedback = :feedback "
            + "WHERE thread_id = :threadId AND closed_at IS NULL")
    int closeTicket(@Bind("threadId") String threadId, @Bind("closedAt") Instant closedAt, @Bind("closedBy") String closedBy,
                    @Bind("feedback") Feedback feedback);

    @SqlQuery(TICKET + "WHERE thread_id = :threadId")
    Optional<Ticket> findTicket(@Bind("threadId") String threadId);

    @SqlQuery(TICKET + "WHERE guild_id = :guildId ORDER BY opened_at DESC")
    List<Ticket> listTickets(@Bind("guildId") String guildId);

    @SqlQuery(TICKET + "WHERE guild_id = :guildId AND opener_id = :openerId AND closed_at IS NULL ORDER BY opened_at")
    List<Ticket> openTicketsOf(@Bind("guildId") String guildId, @Bind("openerId") String openerId);
}
