package dev.gavel.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.core.IsoTime;
import dev.gavel.core.model.RecorderSession;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code sessions}: one row per recorder session. {@code data} holds the bot's id and name, when
 * it started and ended, the events recorded and the resumes; {@code expires} is the time up to
 * which the session is known to have been connected.
 */
@RegisterRowMapper(SessionDao.SessionMapper.class)
public interface SessionDao {

    ObjectMapper JSON = new ObjectMapper();

    default void open(RecorderSession session) {
        insert(session.id(), toJson(session), session.expires());
    }

    @SqlUpdate("INSERT INTO sessions (id, data, expires) VALUES (:id, :data, :expires)")
    void insert(@Bind("id") String id, @Bind("data") String data, @Bind("expires") Instant expires);

    /** Records that the session was still connected at {@code expires}. */
    @SqlUpdate("UPDATE sessions SET expires = :expires, "
            + "data = json_set(data, '$.eventsRecorded', :events, '$.resumes', :resumes) WHERE id = :id")
    int refresh(@Bind("id") String id, @Bind("expires") Instant expires, @Bind("events") long eventsRecorded,
                @Bind("resumes") int resumes);

    @SqlUpdate("UPDATE sessions SET expires = :endedAt, data = json_set(data, '$.endedAt', :endedAtText, "
            + "'$.eventsRecorded', :events, '$.resumes', :resumes) WHERE id = :id")
    int closeSession(@Bind("id") String id, @Bind("endedAt") Instant endedAt, @Bind("endedAtText") String endedAtText,
                     @Bind("events") long eventsRecorded, @Bind("resumes") int resumes);

    default int close(String id, Instant endedAt, long eventsRecorded, int resumes) {
        return closeSession(id, endedAt, IsoTime.format(endedAt), eventsRecorded, resumes);
    }

    /** Recorder sessions that overlap {@code [from, to)}, oldest first. Rows that are not recorder sessions are skipped. */
    @SqlQuery("SELECT id, data, expires FROM sessions WHERE json_valid(data) AND json_extract(data, '$.startedAt') IS NOT NULL "
            + "AND json_extract(data, '$.startedAt') < :to AND expires >= :from ORDER BY json_extract(data, '$.startedAt')")
    List<RecorderSession> listOverlapping(@Bind("from") Instant from, @Bind("to") Instant to);

    @SqlQuery("SELECT id, data, expires FROM sessions WHERE json_valid(data) AND json_extract(data, '$.startedAt') IS NOT NULL "
            + "ORDER BY json_extract(data, '$.startedAt')")
    List<RecorderSession> listAll();

    static String toJson(RecorderSession session) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("botId", session.botId());
        data.put("botName", session.botName());
        data.put("startedAt", IsoTime.format(session.startedAt()));
        data.put("endedAt", session.endedAt() == null ? null : IsoTime.format(session.endedAt()));
        data.put("eventsRecorded", session.eventsRecorded());
        data.put("resumes", session.resumes());
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A session could not be written as JSON", e);
        }
    }

    /** Maps a row; {@code expires} must be ISO-8601 (see the original's quirks for other stores). */
    final class SessionMapper implements RowMapper<RecorderSession> {
        @Override
        public RecorderSession map(ResultSet rs, StatementContext ctx) throws SQLException {
            JsonNode data;
            try {
                data = JSON.readTree(rs.getString("data"));
            } catch (JsonProcessingException e) {
                throw new SQLException("Session " + rs.getString("id") + " has unreadable data", e);
            }
            Instant started = instant(data.path("startedAt").asText(null));
            Instant ended = instant(data.path("endedAt").asText(null));
            Instant expires = IsoTime.parseLenient(rs.getString("expires")).orElse(ended != null ? ended : started);
            return new RecorderSession(rs.getString("id"), data.path("botId").asText(null), data.path("botName").asText(null),
                    started, ended, data.path("eventsRecorded").asLong(0), data.path("resumes").asInt(0), expires);
        }

        private static Instant instant(String text) {
            return IsoTime.parseLenient(text).orElse(null);
        }
    }
}
