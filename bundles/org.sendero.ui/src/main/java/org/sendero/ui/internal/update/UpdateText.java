package org.sendero.ui.internal.update;

import org.eclipse.osgi.util.NLS;
import org.sendero.update.Change;
import org.sendero.update.UpdateCheck;

/** What a checked repository offers, as the dialog shows it. */
final class UpdateText {

    private UpdateText() {
    }

    static String of(UpdateCheck check) {
        StringBuilder text = new StringBuilder();
        text.append(NLS.bind(Messages.Update_signedBy, check.source(), check.signer())).append('\n');
        text.append(NLS.bind(Messages.Update_installed, check.installed())).append('\n');
        text.append(NLS.bind(Messages.Update_available, check.available())).append('\n');
        if (!check.updateAvailable()) {
            text.append('\n').append(NLS.bind(Messages.Update_upToDate, check.installed()));
            return text.toString();
        }
        text.append('\n').append(NLS.bind(Messages.Update_changes, check.changes().size())).append('\n');
        for (Change change : check.changes()) {
            text.append("  ").append(change.describe()).append('\n');
        }
        return text.toString();
    }
}
