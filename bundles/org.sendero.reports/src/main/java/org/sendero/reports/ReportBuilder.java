package org.sendero.reports;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the xAPI result files learners export ({@code sendero progress export --format xapi}) and
 * works out the report. A service.
 */
public interface ReportBuilder {

    /**
     * A file that cannot be read is named in {@link ReportData#problems()} and the others still
     * count; the same statement in several files counts once.
     *
     * @param language the language titles are taken in when the files carry several
     */
    ReportData build(List<Path> files, String language);
}
