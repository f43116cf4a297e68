package dev.gavel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jdbi.v3.core.Handle;

/** Plain SQL reads of a store for tests in other packages (which cannot reach Jdbi through {@link Tx}). */
public final class StoreProbe {

    private StoreProbe() {
    }

    /** The tables of the store's own data: every table but SQLite's and Flyway's bookkeeping. */
    public static List<String> dataTables(Store store) {
        return store.readTx(tx -> tx.handle().createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name <> :flyway ORDER BY name")
                .bind("flyway", Store.FLYWAY_TABLE).mapTo(String.class).list());
    }

    /** Every row of a table as text (each value with its SQLite type), ordered by all columns. */
    public static List<String> dump(Store store, String table) {
        return store.readTx(tx -> dump(tx.handle(), table));
    }

    private static List<String> dump(Handle handle, String table) {
        List<String> columns = handle.createQuery("SELECT name FROM pragma_table_info(:table) ORDER BY cid")
                .bind("table", table).mapTo(String.class).list();
        String select = columns.stream().map(c -> "quote(\"" + c + "\") || ':' || typeof(\"" + c + "\")")
                .collect(Collectors.joining(" || '|' || "));
        String order = IntStream.rangeClosed(1, columns.size()).mapToObj(i -> "\"" + columns.get(i - 1) + "\"")
                .collect(Collectors.joining(", "));
        return handle.createQuery("SELECT " + select + " FROM \"" + table + "\" ORDER BY " + order).mapTo(String.class).list();
    }

    /** The rows of a query, each as a list of its column values. */
    public static List<List<Object>> query(Store store, String sql, Object... arguments) {
        return store.readTx(tx -> {
            var query = tx.handle().createQuery(sql);
            for (int i = 0; i < arguments.length; i++) {
                query.bind(i, arguments[i]);
            }
            return query.map((rs, ctx) -> {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    row.add(rs.getObject(c));
                }
                return row;
            }).list();
        });
    }

    /** The single number a query returns. */
    public static long scalar(Store store, String sql, Object... arguments) {
        Object value = query(store, sql, arguments).get(0).get(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The schema's SQL of one type of object ('index', 'trigger', 'table'), ordered by name; SQLite's own left out. */
    public static List<String> schema(Store store, String type) {
        return store.readTx(tx -> tx.handle().createQuery("SELECT name || ': ' || sql FROM sqlite_master "
                + "WHERE type = :type AND sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name").bind("type", type).mapTo(String.class).list());
    }
}
