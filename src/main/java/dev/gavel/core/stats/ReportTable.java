package dev.gavel.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One table of a report, as {@code gavel stats} prints it and the console shows and exports it: a
 * title, column names (snake_case, the CSV header) and rows of values (numbers, text, dates,
 * {@code null} for nothing). CSV follows RFC 4180 with a header row and {@code \n} line ends;
 * fractions keep up to {@value #CSV_DECIMALS} decimals.
 */
public record ReportTable(String title, List<String> columns, List<List<Object>> rows) {

    public static final int CSV_DECIMALS = 6;

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<Object>> copies = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of '" + title + "' has " + row.size() + " values for "
                        + columns.size() + " columns");
            }
            copies.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copies);
    }

    /** A value as text: empty for null, fractions rounded half up to {@code decimals} without trailing zeros. */
    public static String format(Object value, int decimals) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        csvLine(csv, columns);
        for (List<Object> row : rows) {
            csvLine(csv, row.stream().map(value -> format(value, CSV_DECIMALS)).toList());
        }
        return csv.toString();
    }

    /** The values of one column, in row order. */
    public List<Object> column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("'" + title + "' has no column " + name);
        }
        return rows.stream().map(row -> row.get(index)).toList();
    }

    private static void csvLine(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = Objects.requireNonNull(values.get(i));
            boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            csv.append(i == 0 ? "" : ",").append(needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        csv.append('\n');
    }
}
