-- Gavel's own tables: names for offline use, ticket history, settings history, backfill cursors.

-- channel_info gains the guild, the kind of channel and its parent so that the console can list a
-- guild's channels offline and tell threads from channels; the seed's columns are unchanged.
ALTER TABLE channel_info ADD COLUMN guild_id TEXT;
ALTER TABLE channel_info ADD COLUMN type TEXT;
ALTER TABLE channel_info ADD COLUMN parent_id TEXT;
ALTER TABLE channel_info ADD COLUMN position INTEGER;
ALTER TABLE channel_info ADD COLUMN deleted_at TEXT;
ALTER TABLE channel_info ADD COLUMN updated_at TEXT;
CREATE INDEX channel_info_guild ON channel_info (guild_id);

-- A guild's name and icon, as last seen on Discord.
CREATE TABLE guild_profiles (
    guild_id      TEXT NOT NULL PRIMARY KEY,
    name          TEXT NOT NULL,
    icon_url      TEXT,
    member_count  INTEGER,
    bot_present   INTEGER NOT NULL DEFAULT 1,
    first_seen_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A member's names and avatar per guild, so that tables and charts show names without Discord.
CREATE TABLE members (
    guild_id     TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    username     TEXT NOT NULL,
    display_name TEXT,
    avatar_url   TEXT,
    is_bot       INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (guild_id, user_id)
);

-- A guild's roles, for the settings pickers offline.
CREATE TABLE roles (
    guild_id   TEXT NOT NULL,
    role_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    color      INTEGER,
    position   INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (guild_id, role_id)
);

-- Gavel's settings of a ticket panel, beside the original's tickets_config row.
CREATE TABLE ticket_panels (
    message_id       TEXT NOT NULL PRIMARY KEY REFERENCES tickets_config (message_id) ON DELETE CASCADE,
    guild_id         TEXT NOT NULL,
    panel_channel_id TEXT NOT NULL,
    button_text      TEXT NOT NULL,
    open_limit       INTEGER NOT NULL DEFAULT 1 CHECK (open_limit >= 1),
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'broken')),
    created_by       TEXT,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX ticket_panels_guild ON ticket_panels (guild_id);

-- Every ticket opened through a panel (the original kept none).
CREATE TABLE tickets (
    thread_id        TEXT NOT NULL PRIMARY KEY,
    guild_id         TEXT NOT NULL,
    panel_message_id TEXT,
    channel_id       TEXT NOT NULL,
    opener_id        TEXT NOT NULL,
    opener_name      TEXT,
    concern          TEXT,
    opened_at        TEXT NOT NULL,
    closed_at        TEXT,
    closed_by        TEXT,
    feedback         TEXT CHECK (feedback IN ('up', 'down'))
);
CREATE INDEX tickets_guild_opened ON tickets (guild_id, opened_at);
CREATE INDEX tickets_opener ON tickets (guild_id, opener_id, closed_at);

-- Every change of a guild's settings.
CREATE TABLE settings_history (
    id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    guild_id   TEXT NOT NULL,
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    changed_by TEXT,
    before     TEXT,
    after      TEXT NOT NULL
);
CREATE INDEX settings_history_guild ON settings_history (guild_id, changed_at);

-- Per channel, the newest message recorded, so that a reconnect backfills from there.
CREATE TABLE backfill_cursors (
    channel_id     TEXT NOT NULL PRIMARY KEY,
    guild_id       TEXT NOT NULL,
    last_message_id TEXT NOT NULL,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The quoted text and attachments of a filed message, kept so that a case reads offline.
ALTER TABLE reported_messages ADD COLUMN content TEXT;
ALTER TABLE reported_messages ADD COLUMN attachments TEXT;
