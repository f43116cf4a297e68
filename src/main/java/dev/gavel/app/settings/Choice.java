package dev.gavel.app.settings;

/**
 * An entry of a channel or role picker.
 *
 * @param id    the channel or role id; null for "none" in an optional picker
 * @param label what the picker shows ("#mod-log", "@Moderators")
 * @param known the guild has it (false: a stored id the guild no longer has, or never had)
 */
public record Choice(String id, String label, boolean known) {

    public static final Choice NONE = new Choice(null, "None", true);

    @Override
    public String toString() {
        return label;
    }
}
