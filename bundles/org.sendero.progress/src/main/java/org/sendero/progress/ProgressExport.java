package org.sendero.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.sendero.core.content.Pack;

/**
 * Progress leaving the PC: xAPI 1.0.3 statements for any Learning Record Store, CSV for
 * spreadsheets. Exporting twice gives the same statement ids. A service.
 */
public interface ProgressExport {

    /**
     * A JSON array of xAPI statements: lessons experienced, items answered, attempts passed or
     * failed, modules and courses completed. {@code packs} give names to activities.
     */
    void xapi(OutputStream out, ExportOptions options, List<Pack> packs) throws IOException;

    /** UTF-8 CSV with a byte order mark: one row per learner and module of the packs. */
    void csvModules(OutputStream out, ExportOptions options, List<Pack> packs) throws IOException;

    /** UTF-8 CSV with a byte order mark: one row per recorded answer. */
    void csvAnswers(OutputStream out, ExportOptions options) throws IOException;
}
