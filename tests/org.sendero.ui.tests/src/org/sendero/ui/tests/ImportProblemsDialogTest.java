package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.sendero.ui.internal.handlers.ImportProblemsDialog;

class ImportProblemsDialogTest {

    @Test
    void everyProblemIsListedWithItsFileAndLine() {
        Shell parent = new Shell(Display.getDefault());
        try {
            List<String> problems = List.of("office.sendero!pack.yaml:3:1: error: YAML syntax: expected ',' or ']'",
                    "office.sendero!guidance/a.en.md:12:5: error: link to guidance:missing-doc, which the pack does not have");
            ImportProblemsDialog dialog = new ImportProblemsDialog(parent, "office.sendero", problems);
            dialog.setBlockOnOpen(false);
            dialog.open();
            assertEquals(problems, dialog.shownProblems());
            assertTrue(dialog.getShell().getText().length() > 0, "the dialog has a title");
            dialog.close();
        } finally {
            parent.dispose();
        }
    }
}
