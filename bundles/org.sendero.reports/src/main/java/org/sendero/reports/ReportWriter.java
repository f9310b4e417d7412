package org.sendero.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as CSV tables, printable HTML or PDF. Each file is written beside its target and
 * moved into place, so an existing file is never left half-written. A service.
 */
public interface ReportWriter {

    /** One CSV file per table into {@code folder}; returns the files written. */
    List<Path> writeCsv(ReportData report, Path folder) throws IOException;

    /** One self-contained HTML page, headings in {@code locale}'s language. */
    void writeHtml(ReportData report, Path file, Locale locale) throws IOException;

    void writePdf(ReportData report, Path file, Locale locale) throws IOException;
}
