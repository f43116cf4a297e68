package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A Discord user account. Create with {@link FakeDiscord#addUser(String)}. */
public final class FakeUser {

    private final long id;
    private final boolean bot;
    private volatile String username;
    private volatile String globalName;
    private volatile String avatar;

    FakeUser(long id, String username, boolean bot) {
        this.id = id;
        this.username = username;
        this.bot = bot;
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String globalName() {
        return globalName;
    }

    public String avatar() {
        return avatar;
    }

    public boolean isBot() {
        return bot;
    }

    /** {@code <@id>}, as a message mentions the user. */
    public String mention() {
        return "<@" + Json.id(id) + ">";
    }

    public FakeUser username(String newUsername) {
        this.username = newUsername;
        return this;
    }

    /** The display name; null for none. */
    public FakeUser globalName(String newGlobalName) {
        this.globalName = newGlobalName;
        return this;
    }

    /** The avatar hash (any short hex string); null for the default avatar. */
    public FakeUser avatar(String newAvatarHash) {
        this.avatar = newAvatarHash;
        return this;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("username", username)
                .put("discriminator", "0")
                .put("global_name", globalName)
                .put("avatar", avatar)
                .put("public_flags", 0);
        if (bot) {
            json.put("bot", true);
        }
        return json;
    }

    @Override
    public String toString() {
        return "user " + username + " (" + Json.id(id) + ")";
    }
}
