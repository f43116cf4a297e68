package dev.gavel.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A titled table of a report, printed aligned for a terminal or as CSV (RFC 4180, header row,
 * {@code \n} line ends). Numbers are right-aligned; fractions keep up to three decimals on a
 * terminal and six in CSV.
 */
record TextTable(String title, List<String> columns, List<List<Object>> rows) {

    TextTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    private static final int TERMINAL_DECIMALS = 3;
    private static final int CSV_DECIMALS = 6;

    static String format(Object value) {
        return format(value, TERMINAL_DECIMALS);
    }

    static String format(Object value, int decimals) {
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

    void printAligned(PrintWriter out) {
        if (title != null) {
            out.println(title);
        }
        if (rows.isEmpty()) {
            out.println("  (none)");
            return;
        }
        int[] widths = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            String[] texts = new String[columns.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = format(row.get(i));
            }
            cells.add(texts);
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (String[] texts : cells) {
                widths[i] = Math.max(widths[i], texts[i].length());
            }
        }
        printLine(out, columns.toArray(String[]::new), widths, null);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (int r = 0; r < cells.size(); r++) {
            printLine(out, cells.get(r), widths, rows.get(r));
        }
    }

    private static void printLine(PrintWriter out, String[] texts, int[] widths, List<Object> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            boolean number = values != null && values.get(i) instanceof Number;
            String format = "%" + (number ? "" : "-") + widths[i] + "s";
            line.append(i == 0 ? "" : "  ").append(String.format(Locale.ROOT, format, texts[i]));
        }
        out.println(line.toString().stripTrailing());
    }

    void printCsv(PrintWriter out) {
        out.print(csvLine(columns));
        for (List<Object> row : rows) {
            out.print(csvLine(row.stream().map(value -> format(value, CSV_DECIMALS)).toList()));
        }
    }

    private static String csvLine(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String value : values) {
            boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            quoted.add(needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return String.join(",", quoted) + "\n";
    }
}
