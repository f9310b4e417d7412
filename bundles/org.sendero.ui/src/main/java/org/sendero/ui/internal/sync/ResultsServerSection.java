package org.sendero.ui.internal.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sendero.sync.StatusText;
import org.sendero.sync.SyncException;
import org.sendero.sync.SyncService;
import org.sendero.sync.SyncSettings;
import org.sendero.sync.SyncStatus;

/**
 * Preferences > Results server: where results are sent, with the key and secret the server gave
 * the office. The secret is typed, handed to secure storage and never shown again; leaving it
 * empty keeps the one stored. Save applies the settings at once, Send now tries them.
 */
public final class ResultsServerSection {

    private final SyncService sync;
    private final UISynchronize ui;
    private final StatusText words = new StatusText(Locale.getDefault(), ZoneId.systemDefault());
    private Button enabled;
    private Text endpoint;
    private Text key;
    private Text secret;
    private Text homePage;
    private Label state;

    public ResultsServerSection(SyncService sync, UISynchronize ui) {
        this.sync = sync;
        this.ui = ui;
    }

    /** Makes the section in the preferences' two-column area. */
    public void create(Composite area) {
        Group group = new Group(area, SWT.NONE);
        group.setText(Messages.Results_title);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(group);
        enabled = new Button(group, SWT.CHECK);
        enabled.setText(Messages.Results_enabled);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(enabled);
        endpoint = field(group, Messages.Results_endpoint, SWT.BORDER);
        endpoint.setMessage("https://lrs.example.org/data/xAPI/");
        key = field(group, Messages.Results_key, SWT.BORDER);
        secret = field(group, Messages.Results_secret, SWT.BORDER | SWT.PASSWORD);
        homePage = field(group, Messages.Results_homePage, SWT.BORDER);
        homePage.setMessage("https://training.example.org/north/");

        Composite buttons = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.Results_save);
        save.addListener(SWT.Selection, event -> save());
        Button sendNow = new Button(buttons, SWT.PUSH);
        sendNow.setText(Messages.Results_sendNow);
        sendNow.addListener(SWT.Selection, event -> sendNow());
        state = new Label(group, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).grab(true, false).applyTo(state);
        read();
    }

    private Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void read() {
        try {
            SyncSettings settings = sync.settings();
            enabled.setSelection(settings.enabled());
            endpoint.setText(settings.endpoint().map(URI::toString).orElse(""));
            key.setText(settings.key());
            homePage.setText(settings.homePage().toString());
            secret.setMessage(settings.configured() ? Messages.Results_secretKept : "");
            say(sync.status());
        } catch (SyncException e) {
            state.setText(e.getMessage());
        }
    }

    private void save() {
        char[] typed = secret.getTextChars();
        try {
            Optional<URI> address = endpoint.getText().isBlank() ? Optional.empty()
                    : Optional.of(new URI(endpoint.getText().strip()));
            SyncSettings settings = new SyncSettings(enabled.getSelection(), address, key.getText(),
                    new URI(homePage.getText().strip()));
            sync.configure(settings, typed.length == 0 ? Optional.empty() : Optional.of(typed));
            secret.setText("");
            secret.setMessage(settings.configured() ? Messages.Results_secretKept : "");
            state.setText(Messages.Results_saved);
            sync.refresh().thenAccept(status -> ui.asyncExec(() -> say(status)));
        } catch (URISyntaxException | IllegalArgumentException | SyncException e) {
            state.setText(e.getMessage());
        } finally {
            Arrays.fill(typed, '\0');
        }
        state.requestLayout();
    }

    private void sendNow() {
        state.setText(Messages.Results_sending);
        sync.pushNow().thenAccept(status -> ui.asyncExec(() -> say(status)));
    }

    private void say(SyncStatus status) {
        if (!state.isDisposed()) {
            state.setText(words.line(status));
            state.requestLayout();
        }
    }

    /** For tests: the controls. */
    public Button enabledButton() {
        return enabled;
    }

    public Text endpointText() {
        return endpoint;
    }

    public Text keyText() {
        return key;
    }

    public Text secretText() {
        return secret;
    }

    public Text homePageText() {
        return homePage;
    }

    public String stateText() {
        return state.getText();
    }

    /** Saves what is typed, as the Save button does. */
    public void pressSave() {
        save();
    }
}
