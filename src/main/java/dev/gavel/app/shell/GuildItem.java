package dev.gavel.app.shell;

import java.util.Locale;

/** A guild in the picker: its name, and its icon's address when Discord gave one (loaded in the background). */
public record GuildItem(String id, String name, String iconUrl) {

    /** The first letter of the name, for the avatar shown while there is no icon. */
    public String initial() {
        String text = name == null || name.isBlank() ? id : name.strip();
        return new String(Character.toChars(text.codePointAt(0))).toUpperCase(Locale.ROOT);
    }

    /** A stable colour slot (0–5) for the letter avatar, so a guild keeps its colour. */
    public int colourSlot() {
        return Math.floorMod(id.hashCode(), 6);
    }

    @Override
    public String toString() {
        return name;
    }
}
