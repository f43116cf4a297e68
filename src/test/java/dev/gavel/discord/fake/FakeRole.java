package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A role of a guild. Create with {@link FakeGuild#addRole(String, long)}. */
public final class FakeRole {

    private final long id;
    private final FakeGuild guild;
    private final long managedForBot;
    private volatile String name;
    private volatile long permissions;
    private volatile int position;
    private volatile int color;
    private volatile boolean hoist;
    private volatile boolean mentionable;

    FakeRole(long id, FakeGuild guild, String name, long permissions, int position, long managedForBot) {
        this.id = id;
        this.guild = guild;
        this.name = name;
        this.permissions = permissions;
        this.position = position;
        this.managedForBot = managedForBot;
    }

    public long id() {
        return id;
    }

    public FakeGuild guild() {
        return guild;
    }

    public String name() {
        return name;
    }

    public long permissions() {
        return permissions;
    }

    public int position() {
        return position;
    }

    /** {@code <@&id>}, as a message mentions the role. */
    public String mention() {
        return "<@&" + Json.id(id) + ">";
    }

    public FakeRole name(String newName) {
        this.name = newName;
        return this;
    }

    public FakeRole permissions(long newPermissions) {
        this.permissions = newPermissions;
        return this;
    }

    public FakeRole position(int newPosition) {
        this.position = newPosition;
        return this;
    }

    public FakeRole color(int rgb) {
        this.color = rgb;
        return this;
    }

    public FakeRole hoist(boolean shownSeparately) {
        this.hoist = shownSeparately;
        return this;
    }

    public FakeRole mentionable(boolean canBeMentioned) {
        this.mentionable = canBeMentioned;
        return this;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("name", name)
                .put("color", color)
                .put("hoist", hoist)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", position)
                .put("permissions", Long.toString(permissions))
                .put("managed", managedForBot != 0)
                .put("mentionable", mentionable)
                .put("flags", 0);
        json.putObject("colors").put("primary_color", color).putNull("secondary_color").putNull("tertiary_color");
        ObjectNode tags = json.putObject("tags");
        if (managedForBot != 0) {
            tags.put("bot_id", Json.id(managedForBot));
        }
        return json;
    }

    @Override
    public String toString() {
        return "role " + name + " (" + Json.id(id) + ")";
    }
}
