package org.sendero.diagnostics.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.sendero.diagnostics.Diagnostics;
import org.sendero.diagnostics.DiagnosticsProgress;
import org.sendero.diagnostics.Finding;
import org.sendero.diagnostics.HealthReport;
import org.sendero.diagnostics.SavedDiagnostics;

class DiagnoseCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theSummaryExitsZeroWithNotesOnlyAndOneWhenAProblemIsFound() {
        Finding note = Finding.note("Crash logs", "Java crashed 1 time(s)", "send the file");
        assertEquals(0, run(new HealthReport(List.of(Finding.ok("Java", "Java 25"), note)), "diagnose"));
        assertTrue(text(out).contains("No problem found."), text(out));

        out.reset();
        Finding missing = Finding.problem("Search index", "the index folder is missing",
                "run: sendero index --rebuild");
        assertEquals(1, run(new HealthReport(List.of(missing)), "diagnose"));
        assertTrue(text(out).contains("-> run: sendero index --rebuild"), text(out));
        assertTrue(text(out).contains("sendero diagnose -o"), "says how to get a file for support");
        assertEquals("", text(err));
    }

    @Test
    void writingTheFileExitsZeroEvenWithProblemsAndOneWithALineNamingTheFileWhenItCannot() {
        HealthReport broken = new HealthReport(List.of(Finding.problem("Search index", "missing", "rebuild")));
        Path zip = temp.resolve("d.zip");
        assertEquals(0, run(broken, "diagnose", "-o", zip.toString()));
        assertTrue(text(out).startsWith("Wrote " + zip), text(out));
        assertTrue(Files.exists(zip));

        Path nowhere = temp.resolve("no/such/folder/d.zip");
        assertEquals(1, run(broken, "diagnose", "-o", nowhere.toString()));
        List<String> lines = text(err).lines().toList();
        assertEquals(1, lines.size(), text(err));
        assertEquals("sendero diagnose: " + nowhere + ": cannot write it: its folder does not exist", lines.get(0));
    }

    @Test
    void theHelpDocumentsTheExitStatus() {
        assertEquals(0, run(new HealthReport(List.of()), "diagnose", "--help"));
        assertTrue(text(out).contains("Exit status: 0 when no problem was found"), text(out));
        assertTrue(text(out).contains("1 when a problem was found"), text(out));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run(new HealthReport(List.of()), "diagnose", "--zip"));
        assertTrue(text(err).startsWith("sendero diagnose: unknown option --zip"), text(err));
    }

    private int run(HealthReport report, String... words) {
        DiagnoseCommand command = new DiagnoseCommand(new Objects(new FixedDiagnostics(report)));
        List<String> arguments = List.of(words).subList(1, words.length);
        return command.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Diagnostics that report a fixed summary and write a real file (or fail as the file system does). */
    private record FixedDiagnostics(HealthReport report) implements Diagnostics {
        @Override
        public HealthReport check() {
            return report;
        }

        @Override
        public SavedDiagnostics save(Path zip, DiagnosticsProgress progress) throws IOException {
            if (!Files.isDirectory(zip.getParent())) {
                throw new IOException("its folder does not exist");
            }
            Files.writeString(zip, "PK");
            return new SavedDiagnostics(zip, List.of("README.txt"), report);
        }
    }

    private record Objects(Diagnostics service) implements ComponentServiceObjects<Diagnostics> {
        @Override
        public Diagnostics getService() {
            return service;
        }

        @Override
        public void ungetService(Diagnostics instance) {
            // nothing to release
        }

        @Override
        public ServiceReference<Diagnostics> getServiceReference() {
            return null;
        }
    }
}
