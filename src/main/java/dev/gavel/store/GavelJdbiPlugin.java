package dev.gavel.store;

import java.lang.reflect.Type;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

import dev.gavel.core.IsoTime;
import dev.gavel.core.model.StoredValue;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.ColumnMapperFactory;
import org.jdbi.v3.core.spi.JdbiPlugin;

/** How the store's values map to Java: ISO-8601 text for instants, the original's spellings for enums. */
final class GavelJdbiPlugin implements JdbiPlugin {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setString(position, IsoTime.format(value));
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            String text = rs.getString(column);
            return text == null ? null : IsoTime.parseLenient(text).orElse(null);
        });
        jdbi.registerArgument(new StoredValueArguments());
        jdbi.registerColumnMapper(new StoredValueColumns());
    }

    private static final class StoredValueArguments implements ArgumentFactory.Preparable {
        @Override
        public Optional<java.util.function.Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
            Class<?> raw = GenericTypes.getErasedType(type);
            if (!raw.isEnum() || !StoredValue.class.isAssignableFrom(raw)) {
                return Optional.empty();
            }
            return Optional.of(value -> (position, statement, context) -> {
                if (value == null) {
                    statement.setNull(position, Types.VARCHAR);
                } else {
                    statement.setString(position, ((StoredValue) value).storedValue());
                }
            });
        }
    }

    private static final class StoredValueColumns implements ColumnMapperFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Optional<ColumnMapper<?>> build(Type type, ConfigRegistry config) {
            Class<?> raw = GenericTypes.getErasedType(type);
            if (!raw.isEnum() || !StoredValue.class.isAssignableFrom(raw)) {
                return Optional.empty();
            }
            return Optional.of((rs, column, ctx) -> {
                String text = rs.getString(column);
                return text == null ? null : StoredValue.fromStored((Class) raw, text);
            });
        }
    }
}
