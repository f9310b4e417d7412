package org.sendero.ui.internal.home;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.sendero.progress.NextStep;
import org.sendero.ui.accessibility.AccessibleNames;

/**
 * One course on Home: its title, a bar and "5 of 16 steps", and a button that opens where the
 * learner goes next in it. The button says which course it is to a screen reader, since every card
 * has one.
 */
public final class CourseCard {

    private final CourseSummary course;
    private final Composite card;
    private final Label title;
    private final ProgressBar bar;
    private final Label steps;
    private final Button button;
    private final Optional<Button> certificate;
    private final Optional<Label> certificateNote;

    /** @param certificate finds the certificate of a complete course and says where it is on the given line */
    CourseCard(Composite parent, CourseSummary course, Font bold, Consumer<NextStep> open,
            BiConsumer<CourseSummary, Consumer<String>> certificate) {
        this.course = course;
        card = new Composite(parent, SWT.BORDER);
        GridLayoutFactory.swtDefaults().margins(10, 8).spacing(4, 6).applyTo(card);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.FILL).applyTo(card);

        title = new Label(card, SWT.WRAP);
        title.setText(course.title().replace("&", "&&"));
        title.setFont(bold);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(title);

        bar = new ProgressBar(card, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(Math.max(1, course.total()));
        bar.setSelection(course.done());
        String barName = NLS.bind(Messages.Courses_barName,
                new Object[] { course.title(), course.done(), course.total() });
        bar.setToolTipText(barName);
        bar.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = barName;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);

        steps = new Label(card, SWT.WRAP);
        steps.setText(NLS.bind(
                course.state() == CourseSummary.State.COMPLETE ? Messages.Courses_complete : Messages.Courses_steps,
                course.done(), course.total()));
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(steps);

        button = new Button(card, SWT.PUSH);
        String action = switch (course.state()) {
            case NEW -> Messages.Courses_start;
            case STARTED -> Messages.Courses_continue;
            case COMPLETE -> Messages.Courses_review;
        };
        button.setText(action);
        button.setEnabled(!(course.opens() instanceof NextStep.AllDone));
        button.addListener(SWT.Selection, event -> open.accept(course.opens()));
        AccessibleNames.name(button, NLS.bind(Messages.Courses_buttonName,
                new Object[] { action, course.title(), steps.getText() }));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.END).grab(false, true).applyTo(button);
        if (course.state() == CourseSummary.State.COMPLETE) {
            Button getCertificate = new Button(card, SWT.PUSH);
            getCertificate.setText(Messages.Courses_certificate);
            AccessibleNames.name(getCertificate, NLS.bind(Messages.Courses_certificateName, course.title()));
            Label note = new Label(card, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(note);
            getCertificate.addListener(SWT.Selection, event -> certificate.accept(course, text -> {
                if (!note.isDisposed()) {
                    note.setText(text.replace("&", "&&"));
                    card.getParent().layout(true, true);
                }
            }));
            this.certificate = Optional.of(getCertificate);
            this.certificateNote = Optional.of(note);
        } else {
            this.certificate = Optional.empty();
            this.certificateNote = Optional.empty();
        }
    }

    /** "Certificate", on a complete course's card only. */
    public Optional<Button> certificate() {
        return certificate;
    }

    /** Where the certificate is, or why there is none yet; empty until asked. */
    public Optional<Label> certificateNote() {
        return certificateNote;
    }

    /** The course's pack and id, e.g. "sendero-starter/migrant-smuggling". */
    public String courseKey() {
        return course.packId() + "/" + course.courseId();
    }

    CourseSummary course() {
        return course;
    }

    public Composite card() {
        return card;
    }

    public Label title() {
        return title;
    }

    public ProgressBar bar() {
        return bar;
    }

    public Label steps() {
        return steps;
    }

    public Button button() {
        return button;
    }
}
