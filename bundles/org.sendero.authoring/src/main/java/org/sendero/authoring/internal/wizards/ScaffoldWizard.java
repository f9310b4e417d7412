package org.sendero.authoring.internal.wizards;

import java.util.Optional;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.sendero.content.ContentException;
import org.sendero.content.Problem;
import org.sendero.content.authoring.Written;

/**
 * A wizard whose Finish writes pack files. When the pack refuses them (an id taken meanwhile, a
 * result the validator rejects) nothing stays written and the page says why; the wizard stays open.
 */
abstract class ScaffoldWizard extends Wizard {

    private Written written;

    ScaffoldWizard(String title) {
        setWindowTitle(title);
        setNeedsProgressMonitor(false);
    }

    /** Writes the files; called by Finish once every page is complete. */
    protected abstract Written write() throws ContentException;

    @Override
    public boolean performFinish() {
        try {
            written = write();
            return true;
        } catch (ContentException e) {
            String message = e.problems().stream().map(Problem::message).findFirst().orElse(e.getMessage());
            if (getContainer().getCurrentPage() instanceof WizardPage page) {
                page.setMessage(null, IMessageProvider.NONE);
                page.setErrorMessage(message);
            }
            return false;
        }
    }

    /** What Finish wrote; empty before, or when it was cancelled. */
    Optional<Written> written() {
        return Optional.ofNullable(written);
    }
}
