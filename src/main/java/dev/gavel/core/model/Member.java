package dev.gavel.core.model;

/** A member's names and avatar in one guild, kept for offline use. */
public record Member(String guildId, String userId, String username, String displayName, String avatarUrl, boolean bot) {

    /** The name to show: the guild display name, else the username. */
    public String shownName() {
        return displayName != null && !displayName.isBlank() ? displayName : username;
    }
}
