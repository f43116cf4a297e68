package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A reaction emoji: a Unicode one ({@code id} 0) or a guild's custom one. */
public record Emoji(String name, long id) {

    public static Emoji unicode(String emoji) {
        return new Emoji(emoji, 0);
    }

    public static Emoji custom(String name, long id) {
        return new Emoji(name, id);
    }

    ObjectNode toJson() {
        return Json.object().put("id", id == 0 ? null : Json.id(id)).put("name", name);
    }
}
