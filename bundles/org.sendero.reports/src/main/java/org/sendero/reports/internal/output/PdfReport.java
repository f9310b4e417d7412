package org.sendero.reports.internal.output;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.sendero.reports.ReportData;

/**
 * The report as a PDF: landscape A4 pages with the summary, the bar charts and every table, in
 * the fonts every PDF reader has (Helvetica; a character it cannot show becomes '?'). Long cells
 * are cut with an ellipsis to their column; the CSV files have them whole.
 */
final class PdfReport {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float TEXT = 8.5f;
    private static final float LINE = 13;
    private static final float NARROW = 120;
    private static final Color BAR = new Color(0x2d, 0x6e, 0xa3);
    private static final Color TRACK = new Color(0xe6, 0xe6, 0xe6);
    private static final Color HEADER = new Color(0xee, 0xee, 0xee);

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> printable = new HashMap<>();
    private final ReportWords words;
    private PDPageContentStream content;
    private float y;

    private PdfReport(ReportWords words) {
        this.words = words;
    }

    static void write(ReportData report, ReportWords words, OutputStream out) throws IOException {
        PdfReport pdf = new PdfReport(words);
        try (PDDocument document = pdf.document) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(words.get("title"));
            info.setCreator("Sendero");
            document.setDocumentInformation(info);
            pdf.render(report);
            document.save(out);
        }
    }

    private void render(ReportData report) throws IOException {
        newPage();
        text(words.get("title"), bold, 16, MARGIN);
        y -= 8;
        paragraph(HtmlReport.summary(report, words));
        if (!report.problems().isEmpty()) {
            heading(words.get("problems"));
            for (var problem : report.problems()) {
                paragraph(problem.toString());
            }
        }
        ReportTables.Contents contents = ReportTables.contents(report, words);
        table(contents.completion());
        chart(contents.modulesChart());
        table(contents.mostMissed());
        chart(contents.questionsChart());
        table(contents.questions());
        paragraph(words.get("method"));
        table(contents.files());
        content.close();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void heading(String text) throws IOException {
        room(LINE * 3);
        y -= 10;
        text(text, bold, 12, MARGIN);
        y -= 4;
    }

    private void paragraph(String text) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && widthOf(candidate, regular, 10) > width) {
                text(line.toString(), regular, 10, MARGIN);
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            text(line.toString(), regular, 10, MARGIN);
        }
    }

    /** Writes one line at the cursor and moves it down. */
    private void text(String text, PDFont font, float size, float x) throws IOException {
        room(size + 4);
        y -= size + 4;
        show(text, font, size, x, y);
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(printable(text, font));
        content.endText();
    }

    private void chart(BarChart chart) throws IOException {
        heading(chart.heading());
        float labelWidth = 260;
        float barWidth = PAGE.getWidth() - 2 * MARGIN - labelWidth - 50;
        for (BarChart.Bar bar : chart.bars()) {
            room(LINE);
            y -= LINE;
            show(fit(bar.label(), regular, TEXT, labelWidth - 6), regular, TEXT, MARGIN, y + 2);
            content.setNonStrokingColor(TRACK);
            content.addRect(MARGIN + labelWidth, y + 1, barWidth, 9);
            content.fill();
            content.setNonStrokingColor(BAR);
            content.addRect(MARGIN + labelWidth, y + 1, (float) (barWidth * Math.max(0, Math.min(1, bar.value()))), 9);
            content.fill();
            content.setNonStrokingColor(Color.BLACK);
            show(bar.valueText(), regular, TEXT, MARGIN + labelWidth + barWidth + 6, y + 2);
        }
    }

    private void table(ReportTable table) throws IOException {
        heading(table.heading());
        List<Integer> shown = table.printedColumns();
        float[] widths = columnWidths(table, shown);
        header(table, shown, widths);
        for (List<Object> row : table.rows()) {
            if (y - LINE < MARGIN) {
                newPage();
                header(table, shown, widths);
            }
            y -= LINE;
            float x = MARGIN;
            for (int i = 0; i < shown.size(); i++) {
                Object cell = row.get(shown.get(i));
                String text = fit(ReportTables.display(cell, words), regular, TEXT, widths[i] - 6);
                float offset = cell instanceof Number ? widths[i] - 3 - widthOf(text, regular, TEXT) : 3;
                show(text, regular, TEXT, x + offset, y + 3);
                x += widths[i];
            }
            content.setStrokingColor(HEADER);
            content.moveTo(MARGIN, y);
            content.lineTo(x, y);
            content.stroke();
        }
    }

    private void header(ReportTable table, List<Integer> shown, float[] widths) throws IOException {
        room(LINE * 2);
        y -= LINE;
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        content.setNonStrokingColor(HEADER);
        content.addRect(MARGIN, y, total, LINE);
        content.fill();
        content.setNonStrokingColor(Color.BLACK);
        float x = MARGIN;
        for (int i = 0; i < shown.size(); i++) {
            show(fit(table.columns().get(shown.get(i)).label(), bold, TEXT, widths[i] - 6), bold, TEXT, x + 3, y + 3);
            x += widths[i];
        }
    }

    /** Columns share the page width by the length of what they hold, none below a minimum. */
    private float[] columnWidths(ReportTable table, List<Integer> shown) throws IOException {
        float[] wanted = new float[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            int c = shown.get(i);
            float width = widthOf(table.columns().get(c).label(), bold, TEXT);
            for (List<Object> row : table.rows()) {
                width = Math.max(width, widthOf(ReportTables.display(row.get(c), words), regular, TEXT));
            }
            wanted[i] = Math.min(Math.max(width + 8, 40), 300);
        }
        // narrow columns (numbers, states) keep their width; the wide text columns give up room
        float narrow = 0;
        float wide = 0;
        for (float w : wanted) {
            narrow += w <= NARROW ? w : 0;
            wide += w > NARROW ? w : 0;
        }
        float available = PAGE.getWidth() - 2 * MARGIN;
        if (narrow + wide > available) {
            boolean narrowFit = narrow < available;
            for (int i = 0; i < wanted.length; i++) {
                if (!narrowFit) {
                    wanted[i] *= available / (narrow + wide);
                } else if (wanted[i] > NARROW) {
                    wanted[i] *= (available - narrow) / wide;
                }
            }
        }
        return wanted;
    }

    private String fit(String text, PDFont font, float size, float width) throws IOException {
        String shown = printable(text, font);
        if (widthOf(shown, font, size) <= width) {
            return shown;
        }
        while (!shown.isEmpty() && widthOf(shown + "\u2026", font, size) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "\u2026";
    }

    private float widthOf(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printable(text, font)) / 1000 * size;
    }

    /** The text with what the font cannot encode replaced by '?', and line breaks by spaces. */
    private String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char shown = Character.isWhitespace(c) ? ' ' : c;
            boolean ok = printable.computeIfAbsent(shown, ch -> {
                try {
                    font.encode(String.valueOf(ch));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(ok ? shown : '?');
        }
        return out.toString();
    }

}
