package org.sendero.authoring.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * The rows of a wizard page: a label with a mnemonic, then its field, which carries the label as
 * its accessible name and a field name (widget data {@link #FIELD}) that tests find it by. Every
 * change of a field runs the page's check.
 */
final class Form {

    /** Widget data key naming a field, e.g. "id" or "title.es". */
    static final String FIELD = "org.sendero.authoring.field";

    private final Composite area;
    private final Runnable changed;
    private final List<Control> fields = new ArrayList<>();

    Form(Composite parent, Runnable changed) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        this.changed = changed;
    }

    Composite area() {
        return area;
    }

    Text text(String label, String field) {
        label(label);
        Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(event -> changed.run());
        return named(text, label, field);
    }

    Combo combo(String label, String field, List<String> items) {
        label(label);
        Combo combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setItems(items.toArray(String[]::new));
        if (!items.isEmpty()) {
            combo.select(0);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addModifyListener(event -> changed.run());
        return named(combo, label, field);
    }

    Spinner spinner(String label, String field, int min, int max, int value) {
        label(label);
        Spinner spinner = new Spinner(area, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        GridDataFactory.swtDefaults().applyTo(spinner);
        spinner.addModifyListener(event -> changed.run());
        return named(spinner, label, field);
    }

    /** A check box alone on its row, its label on the box itself. */
    Button check(String label, String field, boolean checked) {
        new Label(area, SWT.NONE);
        Button check = new Button(area, SWT.CHECK);
        check.setText(label);
        check.setSelection(checked);
        check.addListener(SWT.Selection, event -> changed.run());
        check.setData(FIELD, field);
        fields.add(check);
        return check;
    }

    /** A field with a button after it (e.g. Browse...), in the field's column. */
    Text textWithButton(String label, String field, String buttonLabel, Runnable pressed) {
        label(label);
        Composite row = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Text text = new Text(row, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(event -> changed.run());
        Button button = new Button(row, SWT.PUSH);
        button.setText(buttonLabel);
        button.addListener(SWT.Selection, event -> pressed.run());
        return named(text, label, field);
    }

    private void label(String text) {
        Label label = new Label(area, SWT.NONE);
        label.setText(text);
    }

    private <C extends Control> C named(C control, String label, String field) {
        control.setData(FIELD, field);
        AccessibleNames.name(control, label);
        fields.add(control);
        return control;
    }
}
