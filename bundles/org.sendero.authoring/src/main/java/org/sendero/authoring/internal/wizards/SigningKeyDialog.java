package org.sendero.authoring.internal.wizards;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sendero.content.ContentException;
import org.sendero.content.Problem;
import org.sendero.content.authoring.Ids;
import org.sendero.content.authoring.SigningKey;
import org.sendero.content.authoring.SigningKeys;

/**
 * The key that signs the packs this trainer hands out: make a new one in a folder of their choice
 * (never inside a pack), choose an existing one, or sign no more.
 */
public final class SigningKeyDialog extends TitleAreaDialog {

    private final SigningKeySetting setting;
    private Label current;
    private Text folder;
    private Text name;

    public SigningKeyDialog(Shell parent, SigningKeySetting setting) {
        super(parent);
        this.setting = setting;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Key_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Key_title);
        setMessage(Messages.Key_description);
        Composite content = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(content);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        current = new Label(content, SWT.WRAP);
        current.setData(Form.FIELD, "current");
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(current);
        Form form = new Form(content, () -> {
        });
        folder = form.textWithButton(Messages.Key_folder, "folder", Messages.Form_browse, this::browseFolder);
        folder.setText(System.getProperty("user.home", ""));
        name = form.text(Messages.Key_name, "name");
        name.setText("office");
        Composite buttons = new Composite(content, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        button(buttons, Messages.Key_generate, "generate", this::generate);
        button(buttons, Messages.Key_choose, "choose", this::choose);
        button(buttons, Messages.Key_forget, "forget", () -> {
            setting.set(Optional.empty());
            show();
        });
        show();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private static void button(Composite parent, String label, String field, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(Form.FIELD, field);
        button.addListener(SWT.Selection, event -> action.run());
    }

    private void show() {
        Optional<SigningKey> key = setting.key();
        if (key.isPresent()) {
            current.setText(NLS.bind(key.get().ownerOnly() ? Messages.Key_current : Messages.Key_currentReadable,
                    key.get().file(), key.get().fingerprint()));
        } else if (setting.file().isPresent()) {
            current.setText(NLS.bind(Messages.Key_missing, setting.file().get()));
        } else {
            current.setText(Messages.Key_none);
        }
        current.getParent().layout(true, true);
    }

    private void browseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(folder.getText());
        Optional.ofNullable(dialog.open()).ifPresent(folder::setText);
    }

    /** Makes a new key; the folder and name fields say where. Public for the keyboard-free tests. */
    public void generate() {
        String keyName = name.getText().strip();
        if (Ids.problem(keyName).isPresent()) {
            setErrorMessage(NLS.bind(Messages.Form_idInvalid, keyName, Ids.fromTitle(keyName)));
            return;
        }
        try {
            SigningKey key = SigningKeys.generate(Path.of(folder.getText().strip()), keyName);
            setting.set(Optional.of(key));
            setErrorMessage(null);
            show();
        } catch (ContentException | RuntimeException e) {
            setErrorMessage(message(e));
        }
    }

    private void choose() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*" + SigningKeys.EXTENSION + ";*.pem", "*" });
        Optional.ofNullable(dialog.open()).ifPresent(file -> {
            try {
                setting.set(Optional.of(SigningKeys.load(Path.of(file))));
                setErrorMessage(null);
                show();
            } catch (ContentException e) {
                setErrorMessage(message(e));
            }
        });
    }

    static String message(Exception e) {
        if (e instanceof ContentException content && !content.problems().isEmpty()) {
            Problem problem = content.problems().get(0);
            return problem.path() + ": " + problem.message();
        }
        return String.valueOf(e.getMessage());
    }
}
