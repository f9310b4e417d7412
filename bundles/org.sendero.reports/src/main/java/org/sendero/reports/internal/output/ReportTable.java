package org.sendero.reports.internal.output;

import java.util.List;

/**
 * One table of a report, the same for CSV, HTML and PDF: CSV writes every column under its
 * machine name, the printed reports the columns marked {@code printed} under their headings.
 *
 * @param rows cells: String, Integer, Double, Boolean, {@link org.sendero.reports.CompletionState} or
 *        null for an empty cell
 */
public record ReportTable(String csvName, String heading, List<Column> columns, List<List<Object>> rows) {

    public record Column(String csvName, String label, boolean printed) {
    }

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row)))
                .toList();
    }

    public List<Integer> printedColumns() {
        return java.util.stream.IntStream.range(0, columns.size()).filter(i -> columns.get(i).printed()).boxed()
                .toList();
    }
}
