-- Rollups of message_stats that make the statistics fast on large stores (PRODUCT.md, performance).
-- They hold counts only, never content, and are kept true by the triggers below on every insert,
-- update and delete of message_stats, whatever writes it (the recorder, backfill, import, demo).
-- Buckets are UTC: hour = sent_at / 3600000, day = sent_at / 86400000.

-- Messages per author, channel and category in each UTC hour: per-day series in any zone whose offset is whole hours.
CREATE TABLE activity_hour (
    guild_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    author_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    category TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, hour, author_id, channel_id, category)
) WITHOUT ROWID;
CREATE INDEX activity_hour_author ON activity_hour (guild_id, author_id, hour);

-- The same per UTC day: top participants and member pages in UTC, and the inside of longer ranges.
CREATE TABLE activity_day (
    guild_id TEXT NOT NULL,
    day INTEGER NOT NULL,
    author_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    category TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, author_id, channel_id, category)
) WITHOUT ROWID;
CREATE INDEX activity_day_author ON activity_day (guild_id, author_id, day);

-- Per author and UTC day: active authors per day, cohorts, streaks.
CREATE TABLE author_day (
    guild_id TEXT NOT NULL,
    day INTEGER NOT NULL,
    author_id TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, day, author_id)
) WITHOUT ROWID;

-- Per author and UTC month (month = year * 12 + month - 1): totals over long ranges.
CREATE TABLE author_month (
    guild_id TEXT NOT NULL,
    month INTEGER NOT NULL,
    author_id TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, month, author_id)
) WITHOUT ROWID;

-- Per channel and category and UTC hour: daily series, heatmap, top channels, code and link shares.
CREATE TABLE channel_hour (
    guild_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    channel_id TEXT NOT NULL,
    category TEXT NOT NULL,
    messages INTEGER NOT NULL,
    words INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    reactions INTEGER NOT NULL,
    code_messages INTEGER NOT NULL,
    link_messages INTEGER NOT NULL,
    code_blocks INTEGER NOT NULL,
    code_lines INTEGER NOT NULL,
    code_chars INTEGER NOT NULL,
    PRIMARY KEY (guild_id, hour, channel_id, category)
) WITHOUT ROWID;

-- Code blocks per language (inline code has kind 'inline' and lang ''), channel and UTC hour.
CREATE TABLE code_lang_hour (
    guild_id   TEXT NOT NULL,
    hour       INTEGER NOT NULL,
    channel_id TEXT NOT NULL,
    category   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    lang       TEXT NOT NULL,
    blocks     INTEGER NOT NULL,
    lines      INTEGER NOT NULL,
    chars      INTEGER NOT NULL,
    PRIMARY KEY (guild_id, hour, channel_id, category, kind, lang)
) WITHOUT ROWID;

CREATE TRIGGER message_stats_rollup_insert AFTER INSERT ON message_stats
BEGIN
    INSERT INTO activity_hour (guild_id, hour, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 3600000, new.author_id, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO activity_day (guild_id, day, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 86400000, new.author_id, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO author_day (guild_id, day, author_id, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 86400000, new.author_id, 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO author_month (guild_id, month, author_id, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, CAST(strftime('%Y', new.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.sent_at / 1000, 'unixepoch') AS INTEGER) - 1, new.author_id, 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO channel_hour (guild_id, hour, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 3600000, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO code_lang_hour (guild_id, hour, channel_id, category, kind, lang, blocks, lines, chars)
    SELECT new.guild_id, new.sent_at / 3600000, new.channel_id, coalesce(new.channel_category, ''), CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, coalesce(json_extract(value, '$.lang'), ''),
           1, coalesce(json_extract(value, '$.lines'), 0), coalesce(json_extract(value, '$.chars'), 0)
    FROM json_each(new.code_stats) WHERE true
    ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, chars = chars + excluded.chars;
END;

CREATE TRIGGER message_stats_rollup_delete AFTER DELETE ON message_stats
BEGIN
    UPDATE activity_hour SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM activity_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE activity_day SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM activity_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE author_day SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id;
    DELETE FROM author_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id AND messages = 0;
    UPDATE author_month SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id;
    DELETE FROM author_month WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id AND messages = 0;
    UPDATE channel_hour SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM channel_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE code_lang_hour SET
        blocks = blocks - (SELECT count(*) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang),
        lines = lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang),
        chars = chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang)
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM code_lang_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND blocks = 0;
END;

-- An edit or a reaction changes the measures of a message but not where it is counted.
CREATE TRIGGER message_stats_rollup_update AFTER UPDATE ON message_stats
WHEN old.guild_id IS new.guild_id AND old.sent_at IS new.sent_at AND old.author_id IS new.author_id AND old.channel_id IS new.channel_id AND old.channel_category IS new.channel_category
BEGIN
    UPDATE activity_hour SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND hour = new.sent_at / 3600000 AND author_id = new.author_id AND channel_id = new.channel_id AND category = coalesce(new.channel_category, '');
    UPDATE activity_day SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND day = new.sent_at / 86400000 AND author_id = new.author_id AND channel_id = new.channel_id AND category = coalesce(new.channel_category, '');
    UPDATE author_day SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND day = new.sent_at / 86400000 AND author_id = new.author_id;
    UPDATE author_month SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND month = CAST(strftime('%Y', new.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = new.author_id;
    UPDATE channel_hour SET words = words + (new.word_count) - (old.word_count), chars = chars + (new.char_count) - (old.char_count), reactions = reactions + (new.react_count) - (old.react_count), code_messages = code_messages + ((json_array_length(new.code_stats) > 0)) - ((json_array_length(old.code_stats) > 0)), link_messages = link_messages + ((json_array_length(new.link_stats) > 0)) - ((json_array_length(old.link_stats) > 0)), code_blocks = code_blocks + (json_array_length(new.code_stats)) - (json_array_length(old.code_stats)), code_lines = code_lines + ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats))), code_chars = code_chars + ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats))) - ((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats)))
    WHERE guild_id = new.guild_id AND hour = new.sent_at / 3600000 AND channel_id = new.channel_id AND category = coalesce(new.channel_category, '');
    UPDATE code_lang_hour SET
        blocks = blocks - (SELECT count(*) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang),
        lines = lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang),
        chars = chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang)
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND old.code_stats IS NOT new.code_stats;
    DELETE FROM code_lang_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND blocks = 0;
    INSERT INTO code_lang_hour (guild_id, hour, channel_id, category, kind, lang, blocks, lines, chars)
    SELECT new.guild_id, new.sent_at / 3600000, new.channel_id, coalesce(new.channel_category, ''), CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, coalesce(json_extract(value, '$.lang'), ''),
           1, coalesce(json_extract(value, '$.lines'), 0), coalesce(json_extract(value, '$.chars'), 0)
    FROM json_each(new.code_stats) WHERE old.code_stats IS NOT new.code_stats
    ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, chars = chars + excluded.chars;
END;

-- A change of guild, time, author, channel or category moves the message to other buckets.
CREATE TRIGGER message_stats_rollup_move AFTER UPDATE ON message_stats
WHEN NOT (old.guild_id IS new.guild_id AND old.sent_at IS new.sent_at AND old.author_id IS new.author_id AND old.channel_id IS new.channel_id AND old.channel_category IS new.channel_category)
BEGIN
    UPDATE activity_hour SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM activity_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE activity_day SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM activity_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE author_day SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id;
    DELETE FROM author_day WHERE guild_id = old.guild_id AND day = old.sent_at / 86400000 AND author_id = old.author_id AND messages = 0;
    UPDATE author_month SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id;
    DELETE FROM author_month WHERE guild_id = old.guild_id AND month = CAST(strftime('%Y', old.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.sent_at / 1000, 'unixepoch') AS INTEGER) - 1 AND author_id = old.author_id AND messages = 0;
    UPDATE channel_hour SET messages = messages - 1, words = words - old.word_count, chars = chars - old.char_count, reactions = reactions - old.react_count, code_messages = code_messages - (json_array_length(old.code_stats) > 0), link_messages = link_messages - (json_array_length(old.link_stats) > 0), code_blocks = code_blocks - json_array_length(old.code_stats), code_lines = code_lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats)), code_chars = code_chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats))
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM channel_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND messages = 0;
    UPDATE code_lang_hour SET
        blocks = blocks - (SELECT count(*) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang),
        lines = lines - (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang),
        chars = chars - (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(old.code_stats) WHERE CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END = code_lang_hour.kind AND coalesce(json_extract(value, '$.lang'), '') = code_lang_hour.lang)
    WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '');
    DELETE FROM code_lang_hour WHERE guild_id = old.guild_id AND hour = old.sent_at / 3600000 AND channel_id = old.channel_id AND category = coalesce(old.channel_category, '') AND blocks = 0;
    INSERT INTO activity_hour (guild_id, hour, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 3600000, new.author_id, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO activity_day (guild_id, day, author_id, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 86400000, new.author_id, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO author_day (guild_id, day, author_id, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 86400000, new.author_id, 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO author_month (guild_id, month, author_id, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, CAST(strftime('%Y', new.sent_at / 1000, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.sent_at / 1000, 'unixepoch') AS INTEGER) - 1, new.author_id, 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO channel_hour (guild_id, hour, channel_id, category, messages, words, chars, reactions, code_messages, link_messages, code_blocks, code_lines, code_chars)
    VALUES (new.guild_id, new.sent_at / 3600000, new.channel_id, coalesce(new.channel_category, ''), 1, new.word_count, new.char_count, new.react_count, (json_array_length(new.code_stats) > 0), (json_array_length(new.link_stats) > 0), json_array_length(new.code_stats), (SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(new.code_stats)), (SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(new.code_stats)))
    ON CONFLICT DO UPDATE SET messages = messages + excluded.messages, words = words + excluded.words, chars = chars + excluded.chars, reactions = reactions + excluded.reactions, code_messages = code_messages + excluded.code_messages, link_messages = link_messages + excluded.link_messages, code_blocks = code_blocks + excluded.code_blocks, code_lines = code_lines + excluded.code_lines, code_chars = code_chars + excluded.code_chars;
    INSERT INTO code_lang_hour (guild_id, hour, channel_id, category, kind, lang, blocks, lines, chars)
    SELECT new.guild_id, new.sent_at / 3600000, new.channel_id, coalesce(new.channel_category, ''), CASE WHEN json_type(value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, coalesce(json_extract(value, '$.lang'), ''),
           1, coalesce(json_extract(value, '$.lines'), 0), coalesce(json_extract(value, '$.chars'), 0)
    FROM json_each(new.code_stats) WHERE true
    ON CONFLICT DO UPDATE SET blocks = blocks + excluded.blocks, lines = lines + excluded.lines, chars = chars + excluded.chars;
END;
