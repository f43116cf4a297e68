package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * An entry of a guild's audit log: who did what to whom, and why. Create with
 * {@link FakeGuild#addAuditLogEntry(int, FakeUser, long, String)}.
 */
public final class FakeAuditLogEntry {

    public static final int MEMBER_KICK = 20;
    public static final int MEMBER_BAN_ADD = 22;
    public static final int MEMBER_BAN_REMOVE = 23;
    public static final int MEMBER_UPDATE = 24;
    public static final int MEMBER_ROLE_UPDATE = 25;
    public static final int MESSAGE_DELETE = 72;

    private final long id;
    private final FakeGuild guild;
    private final int actionType;
    private final FakeUser executor;
    private final long targetId;
    private final String reason;
    private final ArrayNode changes = Json.array();

    FakeAuditLogEntry(long id, FakeGuild guild, int actionType, FakeUser executor, long targetId, String reason) {
        this.id = id;
        this.guild = guild;
        this.actionType = actionType;
        this.executor = executor;
        this.targetId = targetId;
        this.reason = reason;
    }

    public long id() {
        return id;
    }

    public FakeGuild guild() {
        return guild;
    }

    public int actionType() {
        return actionType;
    }

    public FakeUser executor() {
        return executor;
    }

    public long targetId() {
        return targetId;
    }

    /** Records a changed field, e.g. {@code communication_disabled_until} for a timeout. */
    public FakeAuditLogEntry change(String key, JsonNode oldValue, JsonNode newValue) {
        ObjectNode change = changes.addObject().put("key", key);
        if (oldValue != null) {
            change.set("old_value", oldValue);
        }
        if (newValue != null) {
            change.set("new_value", newValue);
        }
        return this;
    }

    /** Records a changed text field (null for none), e.g. a timeout's ISO-8601 end. */
    public FakeAuditLogEntry change(String key, String oldValue, String newValue) {
        return change(key, oldValue == null ? null : TextNode.valueOf(oldValue),
                newValue == null ? null : TextNode.valueOf(newValue));
    }

    /** The entry as Discord lists it; {@code forGateway} adds the guild_id of GUILD_AUDIT_LOG_ENTRY_CREATE. */
    ObjectNode toJson(boolean forGateway) {
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("action_type", actionType)
                .put("user_id", executor == null ? null : Json.id(executor.id()))
                .put("target_id", targetId == 0 ? null : Json.id(targetId))
                .put("reason", reason);
        json.set("changes", changes.deepCopy());
        if (forGateway) {
            json.put("guild_id", Json.id(guild.id()));
        }
        return json;
    }
}
