package dev.gavel.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.gavel.core.stats.ReportTable;

/** Prints a report's table aligned for a terminal: numbers right-aligned, fractions with up to three decimals. */
final class TextTable {

    private static final int TERMINAL_DECIMALS = 3;

    private TextTable() {
    }

    static String format(Object value) {
        return ReportTable.format(value, TERMINAL_DECIMALS);
    }

    static void printAligned(ReportTable table, PrintWriter out) {
        if (table.title() != null) {
            out.println(table.title());
        }
        if (table.rows().isEmpty()) {
            out.println("  (none)");
            return;
        }
        List<String> columns = table.columns();
        int[] widths = new int[columns.size()];
        List<String[]> cells = new ArrayList<>();
        for (List<Object> row : table.rows()) {
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
            printLine(out, cells.get(r), widths, table.rows().get(r));
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
}
