package org.sendero.reports.internal.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.sendero.core.AtomicFiles;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportWriter;

/** CSV tables, HTML and PDF of a report, each file written beside its target and moved into place. */
@Component(service = ReportWriter.class)
public final class ReportWriterService implements ReportWriter {

    @Override
    public List<Path> writeCsv(ReportData report, Path folder) throws IOException {
        return CsvTables.write(report, folder);
    }

    @Override
    public void writeHtml(ReportData report, Path file, Locale locale) throws IOException {
        String html = HtmlReport.html(report, new ReportWords(locale));
        AtomicFiles.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void writePdf(ReportData report, Path file, Locale locale) throws IOException {
        AtomicFiles.write(file, out -> PdfReport.write(report, new ReportWords(locale), out));
    }
}
