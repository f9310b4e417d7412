package org.sendero.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sendero.backup.Backups;
import org.sendero.core.SenderoEnvironment;
import org.sendero.feed.FeedSettings;
import org.sendero.sync.SyncService;
import org.sendero.ui.internal.backup.SecondFolderSection;
import org.sendero.ui.internal.feed.FeedPreferences;
import org.sendero.ui.internal.preferences.Messages;
import org.sendero.ui.internal.preferences.PreferencesDialog;
import org.sendero.ui.internal.sync.ResultsServerSection;
import org.sendero.ui.preferences.UiPreferences;

import jakarta.inject.Named;

/**
 * File > Preferences: the reading text size applies at once; a new interface language restarts
 * the workbench in it (the launch script starts Sendero in the saved language), and the reader
 * opens the same document again.
 */
public final class PreferencesHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, UiPreferences preferences, SenderoEnvironment environment,
            IWorkbench workbench, UISynchronize ui, @Optional FeedSettings feeds, @Optional SyncService sync,
            @Optional Backups backups) {
        PreferencesDialog dialog = new PreferencesDialog(shell, preferences,
                environment.dataFolder().root().toString());
        if (backups != null) {
            dialog.addSection(Messages.Preferences_tabGeneral, new SecondFolderSection(backups)::create);
        }
        if (feeds != null) {
            FeedPreferences.addTo(dialog, feeds);
        }
        if (sync != null) {
            dialog.addSection(Messages.Preferences_tabResults, new ResultsServerSection(sync, ui)::create);
        }
        if (dialog.open() != Window.OK) {
            return;
        }
        preferences.setReaderFontSize(dialog.chosenFontSize());
        if (!dialog.chosenContentLanguage().equals(preferences.chosenContentLanguage())) {
            preferences.setContentLanguage(dialog.chosenContentLanguage());
        }
        if (!dialog.chosenLanguage().equals(preferences.language())) {
            preferences.setLanguage(dialog.chosenLanguage());
            if (MessageDialog.openQuestion(shell, Messages.Preferences_restartTitle,
                    Messages.Preferences_restartQuestion)) {
                workbench.restart();
            }
        }
    }
}
