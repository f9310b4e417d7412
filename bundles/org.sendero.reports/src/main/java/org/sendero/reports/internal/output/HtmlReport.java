package org.sendero.reports.internal.output;

import java.util.List;

import org.sendero.core.Html;

import org.sendero.reports.CompletionState;
import org.sendero.reports.ReportData;

/**
 * The report as one HTML page that needs nothing else: styles inline, bars drawn in SVG, and print
 * styles (A4, table headers repeated on each page, rows not split, colours kept) so that a browser
 * prints it as it looks.
 */
public final class HtmlReport {

    private static final int LABEL_WIDTH = 320;
    private static final int BAR_WIDTH = 360;
    private static final int ROW_HEIGHT = 20;

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:11pt;color:#1a1a1a;margin:2em;line-height:1.4}
            h1{font-size:18pt;margin:0 0 .4em}h2{font-size:13pt;margin:1.6em 0 .5em;border-bottom:1px solid #999}
            table{border-collapse:collapse;margin:.5em 0;font-size:9.5pt}
            th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#eee}td.num{text-align:right}
            td.completed{background:#d7efd9}td.in_progress{background:#fdf0c8}td.not_started{color:#777}
            .problems li{color:#8a1c1c}.method{font-size:9pt;color:#444}
            svg text{font-size:11px;fill:#1a1a1a}svg rect.bar{fill:#2d6ea3}svg rect.track{fill:#e6e6e6}
            @page{size:A4;margin:15mm}
            @media print{body{margin:0;font-size:10pt}thead{display:table-header-group}tr,svg{break-inside:avoid}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
            """;

    private HtmlReport() {
    }

    public static String html(ReportData report, ReportWords words) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(words.locale().getLanguage().isEmpty() ? "en"
                : words.locale().getLanguage()).append("\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(Html.escape(words.get("title"))).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(words.get("title"))).append("</h1>\n<p>")
                .append(Html.escape(summary(report, words))).append("</p>\n");
        if (!report.problems().isEmpty()) {
            html.append("<h2>").append(Html.escape(words.get("problems"))).append("</h2>\n<ul class=\"problems\">\n");
            report.problems()
                    .forEach(problem -> html.append("<li>").append(Html.escape(problem.toString())).append("</li>\n"));
            html.append("</ul>\n");
        }
        ReportTables.Contents contents = ReportTables.contents(report, words);
        table(contents.completion(), words, html);
        chart(contents.modulesChart(), html);
        table(contents.mostMissed(), words, html);
        chart(contents.questionsChart(), html);
        table(contents.questions(), words, html);
        html.append("<p class=\"method\">").append(Html.escape(words.get("method"))).append("</p>\n");
        table(contents.files(), words, html);
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    public static String summary(ReportData report, ReportWords words) {
        return words.get("summary", report.files().size(), report.statements(), report.duplicates(),
                report.completion().learners().size(), report.completion().modules().size(), report.questions().size());
    }

    private static void table(ReportTable table, ReportWords words, StringBuilder html) {
        html.append("<h2>").append(Html.escape(table.heading())).append("</h2>\n<table>\n<thead><tr>");
        List<Integer> shown = table.printedColumns();
        shown.forEach(c -> html.append("<th scope=\"col\">").append(Html.escape(table.columns().get(c).label()))
                .append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (int c : shown) {
                Object cell = row.get(c);
                String style = switch (cell) {
                    case CompletionState state -> " class=\"" + state.key() + "\"";
                    case Number number -> " class=\"num\"";
                    case null, default -> "";
                };
                html.append("<td").append(style).append('>').append(Html.escape(ReportTables.display(cell, words)))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void chart(BarChart chart, StringBuilder html) {
        int height = Math.max(1, chart.bars().size()) * ROW_HEIGHT + 4;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        html.append("<h2>").append(Html.escape(chart.heading()))
                .append("</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ')
                .append(height).append("\" aria-label=\"").append(Html.escape(chart.heading())).append("\">\n");
        for (int i = 0; i < chart.bars().size(); i++) {
            BarChart.Bar bar = chart.bars().get(i);
            int y = i * ROW_HEIGHT + 2;
            int length = (int) Math.round(Math.max(0, Math.min(1, bar.value())) * BAR_WIDTH);
            html.append("<g><title>").append(Html.escape(bar.label() + ": " + bar.valueText())).append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + 14).append("\">")
                    .append(Html.escape(shorten(bar.label(), 48)))
                    .append("</text><rect class=\"track\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"14\"/><rect class=\"bar\" x=\"")
                    .append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(length)
                    .append("\" height=\"14\"/><text x=\"").append(LABEL_WIDTH + BAR_WIDTH + 6).append("\" y=\"")
                    .append(y + 14).append("\">").append(Html.escape(bar.valueText())).append("</text></g>\n");
        }
        html.append("</svg>\n");
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

}
