package org.sendero.ui.learners;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sendero.progress.Learner;
import org.sendero.progress.Learners;
import org.sendero.progress.ProgressException;

/**
 * "Who is learning?": the learners of this PC, the PIN of the one chosen when they have one, and a
 * new learner with an optional PIN. PINs are checked (a slow hash, with the waiting the Learners
 * service imposes after wrong ones) off the UI thread.
 */
public final class LearnerChooser extends Dialog {

    private final Learners learners;
    private List<Learner> shown = List.of();
    private Learner chosen;

    private org.eclipse.swt.widgets.List list;
    private Text pin;
    private Label pinLabel;
    private Text newName;
    private Text newPin;
    private Button add;
    private Button rename;
    private Button changePin;
    private Button remove;
    private Optional<String> protectedId = Optional.empty();
    private Label message;

    public LearnerChooser(Shell parent, Learners learners) {
        super(parent);
        this.learners = learners;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.LearnerChooser_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);

        Label listLabel = new Label(area, SWT.NONE);
        listLabel.setText(Messages.LearnerChooser_learners);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(listLabel);
        list = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(convertWidthInCharsToPixels(40),
                convertHeightInCharsToPixels(8)).applyTo(list);
        list.addListener(SWT.Selection, event -> selectionChanged());
        list.addListener(SWT.DefaultSelection, event -> okPressed());

        pinLabel = new Label(area, SWT.NONE);
        pinLabel.setText(Messages.LearnerChooser_pin);
        pin = new Text(area, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(pin);

        Composite actions = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(actions);
        rename = new Button(actions, SWT.PUSH);
        rename.setText(Messages.LearnerChooser_rename);
        rename.addListener(SWT.Selection, event -> renameSelected());
        changePin = new Button(actions, SWT.PUSH);
        changePin.setText(Messages.LearnerChooser_changePin);
        changePin.addListener(SWT.Selection, event -> withPinChecked(this::changePinOf));
        remove = new Button(actions, SWT.PUSH);
        remove.setText(Messages.LearnerChooser_remove);
        remove.addListener(SWT.Selection, event -> withPinChecked(this::removeAfterAsking));

        Group fresh = new Group(area, SWT.NONE);
        fresh.setText(Messages.LearnerChooser_newGroup);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fresh);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fresh);
        new Label(fresh, SWT.NONE).setText(Messages.LearnerChooser_newName);
        newName = new Text(fresh, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(24), SWT.DEFAULT)
                .applyTo(newName);
        new Label(fresh, SWT.NONE).setText(Messages.LearnerChooser_newPin);
        newPin = new Text(fresh, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(12), SWT.DEFAULT)
                .applyTo(newPin);
        add = new Button(fresh, SWT.PUSH);
        add.setText(Messages.LearnerChooser_add);
        GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(add);
        add.addListener(SWT.Selection, event -> addLearner());
        // Enter in the new learner's fields adds them rather than starting the selected learner
        newName.addListener(SWT.DefaultSelection, event -> addLearner());
        newPin.addListener(SWT.DefaultSelection, event -> addLearner());

        message = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT)
                .applyTo(message);
        list.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = Messages.LearnerChooser_learners.replace("&", "");
            }
        });
        reload(null);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.LearnerChooser_start, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        selectionChanged();
    }

    /** Lists the learners again, selecting {@code select} (or the first one). */
    private void reload(String select) {
        try {
            shown = learners.list();
        } catch (ProgressException e) {
            shown = List.of();
            message.setText(e.getMessage());
        }
        list.setItems(
                shown.stream().map(l -> l.hasPin() ? NLS.bind(Messages.LearnerChooser_withPin, l.name()) : l.name())
                        .toArray(String[]::new));
        int at = 0;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(select)) {
                at = i;
            }
        }
        if (!shown.isEmpty()) {
            list.select(at);
        }
        selectionChanged();
    }

    private Optional<Learner> selected() {
        int at = list.getSelectionIndex();
        return at < 0 || at >= shown.size() ? Optional.empty() : Optional.of(shown.get(at));
    }

    private void selectionChanged() {
        boolean needsPin = selected().map(Learner::hasPin).orElse(false);
        pin.setEnabled(needsPin);
        pinLabel.setEnabled(needsPin);
        rename.setEnabled(selected().isPresent());
        changePin.setEnabled(selected().isPresent());
        // the person learning now cannot be removed from under their own window
        remove.setEnabled(selected().isPresent() && !selected().map(Learner::id).equals(protectedId));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(selected().isPresent());
        }
        if (needsPin) {
            pin.setFocus();
        }
    }

    @Override
    protected void okPressed() {
        withPinChecked(this::finish);
    }

    private void wrongPin(String why) {
        message.setText(why);
        pin.setText("");
        pin.setFocus();
        message.getParent().layout(true, true);
    }

    private void addLearner() {
        String name = newName.getText().strip();
        String code = newPin.getText().strip();
        if (name.isEmpty()) {
            message.setText(Messages.LearnerChooser_nameNeeded);
            newName.setFocus();
            return;
        }
        busy(true);
        offUi(() -> learners.add(name, code.isEmpty() ? Optional.empty() : Optional.of(code)), learner -> {
            busy(false);
            finish(learner);
        });
    }

    private void renameSelected() {
        selected().ifPresent(learner -> {
            LearnerQuestions.newName(getShell(), learner).ifPresent(name -> {
                try {
                    learners.rename(learner.id(), name);
                    reload(learner.id());
                } catch (ProgressException | IllegalArgumentException e) { // a name taken or refused: said, not thrown
                    message.setText(e.getMessage());
                }
            });
        });
    }

    /**
     * Runs {@code action} on the selected learner once the PIN typed above is theirs; a learner
     * without a PIN needs none. Nobody changes or removes another person's profile by guessing.
     */
    private void withPinChecked(Consumer<Learner> action) {
        Optional<Learner> learner = selected();
        if (learner.isEmpty()) {
            return;
        }
        if (!learner.get().hasPin()) {
            action.accept(learner.get());
            return;
        }
        String typed = pin.getText();
        if (typed.isEmpty()) {
            wrongPin(Messages.LearnerChooser_pinFirst);
            return;
        }
        busy(true);
        offUi(() -> learners.checkPin(learner.get().id(), typed), check -> {
            busy(false);
            switch (check.outcome()) {
                case ACCEPTED -> action.accept(learner.get());
                case WRONG -> wrongPin(Messages.LearnerChooser_wrongPin);
                case WAIT -> wrongPin(NLS.bind(Messages.LearnerChooser_wait,
                        check.retryAfter().map(LearnerQuestions::time).orElse("")));
            }
        });
    }

    private void changePinOf(Learner learner) {
        Optional<String> asked = LearnerQuestions.newPin(getShell(), learner);
        if (asked.isEmpty()) {
            return;
        }
        String code = asked.get();
        busy(true);
        offUi(() -> {
            learners.setPin(learner.id(), code.isEmpty() ? Optional.empty() : Optional.of(code));
            return learner.id();
        }, id -> {
            busy(false);
            pin.setText("");
            reload(id);
            message.setText(code.isEmpty() ? NLS.bind(Messages.LearnerChooser_pinRemoved, learner.name())
                    : NLS.bind(Messages.LearnerChooser_pinChanged, learner.name()));
            message.getParent().layout(true, true);
        });
    }

    private void removeAfterAsking(Learner learner) {
        if (!LearnerQuestions.mayRemove(getShell(), learner)) {
            return;
        }
        busy(true);
        offUi(() -> {
            learners.remove(learner.id());
            return learner.name();
        }, name -> {
            busy(false);
            pin.setText("");
            reload(null);
            message.setText(NLS.bind(Messages.LearnerChooser_removed, name));
            message.getParent().layout(true, true);
        });
    }

    /** The learner whose window is open: they can be renamed, not removed. */
    public LearnerChooser protecting(Optional<Learner> current) {
        protectedId = current.map(Learner::id);
        return this;
    }

    private void finish(Learner learner) {
        chosen = learner;
        setReturnCode(OK);
        close();
    }

    private void busy(boolean busy) {
        for (Control control : new Control[] { list, pin, add, rename, changePin, remove,
                getButton(IDialogConstants.OK_ID) }) {
            if (control != null && !control.isDisposed()) {
                control.setEnabled(!busy);
            }
        }
        if (!busy) {
            selectionChanged();
        }
    }

    /** Runs slow work (a PIN's hash) in the background; the answer or the problem comes back on the UI thread. */
    private <T> void offUi(Callable<T> work, Consumer<T> done) {
        var display = getShell().getDisplay();
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((result, problem) -> display.asyncExec(() -> {
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            if (problem != null) {
                busy(false);
                Throwable cause = problem.getCause() != null ? problem.getCause() : problem;
                message.setText(cause.getMessage() == null ? cause.toString() : cause.getMessage());
                message.getParent().layout(true, true);
            } else {
                done.accept(result);
            }
        }));
    }

    /** Opens the chooser and waits: the learner chosen or added, or empty when it was cancelled. */
    public Optional<Learner> ask() {
        setBlockOnOpen(true);
        return open() == OK ? chosen() : Optional.empty();
    }

    /** The learner chosen or added, once the dialog closed with OK. */
    public Optional<Learner> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** For tests and accessibility checks. */
    public org.eclipse.swt.widgets.List learnerList() {
        return list;
    }

    public Text pinBox() {
        return pin;
    }

    public Text newNameBox() {
        return newName;
    }

    public Text newPinBox() {
        return newPin;
    }

    public Button changePinButton() {
        return changePin;
    }

    public Button removeButton() {
        return remove;
    }

    public Button addButton() {
        return add;
    }

    public String messageText() {
        return message.getText();
    }

    @Override
    public Button getButton(int id) {
        return super.getButton(id);
    }
}
