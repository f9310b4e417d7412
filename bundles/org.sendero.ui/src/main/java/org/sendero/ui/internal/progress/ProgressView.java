package org.sendero.ui.internal.progress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;
import org.sendero.core.content.Course;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.progress.CourseProgress;
import org.sendero.progress.ModuleProgress;
import org.sendero.ui.library.Languages;

/**
 * The rows of My progress: each course with its percentage and a bar, and on request its modules,
 * each with a bar and a line saying what was read and for how long, the quiz's last and best scores
 * and the time spent in it. Built again from each snapshot (a few dozen widgets).
 */
public final class ProgressView {

    private final Composite rows;
    private final Font bold;
    private final Languages languages;
    private final Runnable relayout;
    private final Map<String, ProgressBar> moduleBars = new HashMap<>();
    /** The courses whose modules the learner opened; they stay open when the rows are built again. */
    private final java.util.Set<String> expanded = new java.util.HashSet<>();

    /** @param relayout fits the rows' scrolling area to them again after modules are shown or hidden */
    public ProgressView(Composite rows, Font bold, Languages languages, Runnable relayout) {
        this.rows = rows;
        this.relayout = relayout;
        this.bold = bold;
        this.languages = languages;
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(rows);
    }

    public void show(ProgressSnapshot progress) {
        rows.setRedraw(false);
        try {
            for (Control old : rows.getChildren()) {
                old.dispose();
            }
            moduleBars.clear();
            for (Pack pack : progress.packs()) {
                for (Course course : pack.courses()) {
                    progress.course(pack.id(), course.id()).ifPresent(done -> course(pack, course, done, progress));
                }
            }
        } finally {
            rows.setRedraw(true);
        }
    }

    /**
     * A course is one line with its percentage and one bar; its modules, with the time spent, are
     * under a link that shows and hides them, so that four courses fit a laptop's screen.
     */
    private void course(Pack pack, Course course, CourseProgress done, ProgressSnapshot progress) {
        String title = course.title().in(languages.preferred());
        int[] steps = ProgressSnapshot.steps(done);
        Label name = label(title + "  " + NLS.bind(Messages.MyProgressPart_percent, percentOf(steps))
                + (done.complete() ? "  \u2713" : ""), 0);
        name.setFont(bold);
        ((org.eclipse.swt.layout.GridData) name.getLayoutData()).verticalIndent = 8;
        bar(title, steps, 0);
        String key = ProgressSnapshot.key(pack.id(), course.id());
        Link toggle = new Link(rows, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(toggle);
        Composite modules = new Composite(rows, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(modules);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(modules);
        label(modules, NLS.bind(Messages.MyProgressPart_courseSteps, steps[0], steps[1]) + ", "
                + NLS.bind(Messages.MyProgressPart_courseTime, Durations.spoken(done.timeRead()),
                        Durations.spoken(progress.quizTime(done))),
                16);
        for (Module module : course.modules()) {
            progress.module(pack.id(), module.id())
                    .ifPresent(moduleDone -> module(modules, pack, module, moduleDone, progress));
        }
        int count = course.modules().size();
        Runnable show = () -> {
            boolean open = expanded.contains(key);
            toggle.setText(
                    "<a>" + NLS.bind(open ? Messages.MyProgressPart_hideModules : Messages.MyProgressPart_showModules,
                            count) + "</a>  " + NLS.bind(Messages.MyProgressPart_courseSteps, steps[0], steps[1]));
            modules.setVisible(open);
            ((org.eclipse.swt.layout.GridData) modules.getLayoutData()).exclude = !open;
        };
        show.run();
        toggle.addListener(SWT.Selection, event -> {
            if (!expanded.remove(key)) {
                expanded.add(key);
            }
            show.run();
            relayout.run();
        });
    }

    private static long percentOf(int[] steps) {
        return steps[1] == 0 ? 0 : Math.round(100.0 * steps[0] / steps[1]);
    }

    private void module(Composite modules, Pack pack, Module module, ModuleProgress done, ProgressSnapshot progress) {
        String title = module.title().in(languages.preferred());
        label(modules, title, 16);
        int[] steps = ProgressSnapshot.steps(done);
        moduleBars.put(ProgressSnapshot.key(pack.id(), module.id()), bar(modules, title, steps, 16));
        label(modules, details(pack, done, progress), 16);
    }

    /** "3 of 4 lessons read, time reading: 12 min, quiz passed, last score 75%, best 88%, time in the quiz: 6 min". */
    private static String details(Pack pack, ModuleProgress done, ProgressSnapshot progress) {
        List<String> parts = new ArrayList<>();
        parts.add(NLS.bind(Messages.MyProgressPart_moduleLessons, done.lessonsRead().size(), done.lessonCount()));
        if (!done.timeRead().isZero()) {
            parts.add(NLS.bind(Messages.MyProgressPart_readingTime, Durations.spoken(done.timeRead())));
        }
        if (done.hasQuiz()) {
            parts.add(done.quizPassed() ? Messages.MyProgressPart_quizPassed
                    : done.attemptsStarted() == 0 ? Messages.MyProgressPart_quizNotTaken
                            : Messages.MyProgressPart_quizNotPassed);
            var last = progress.lastScore(pack.id(), done.moduleId());
            if (last.isPresent() && done.bestScaled().isPresent()) {
                parts.add(NLS.bind(Messages.MyProgressPart_scores, percent(last.getAsDouble()),
                        percent(done.bestScaled().getAsDouble())));
            }
            var time = progress.quizTime(pack.id(), done.moduleId());
            if (!time.isZero()) {
                parts.add(NLS.bind(Messages.MyProgressPart_quizTime, Durations.spoken(time)));
            }
        }
        if (done.complete()) {
            parts.add(Messages.MyProgressPart_complete);
        }
        return String.join(", ", parts);
    }

    private static long percent(double scaled) {
        return Math.round(scaled * 100);
    }

    public static String totalTime(ProgressSnapshot progress) {
        Duration reading = progress.totalReadingTime();
        Duration quizzes = progress.totalQuizTime();
        return NLS.bind(Messages.MyProgressPart_totalTime, new Object[] { Durations.spoken(reading.plus(quizzes)),
                Durations.spoken(reading), Durations.spoken(quizzes) });
    }

    private Label label(String text, int indent) {
        return label(rows, text, indent);
    }

    private static Label label(Composite parent, String text, int indent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).indent(indent, 0).hint(100, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /** A bar named for screen readers, since no label is attached to it. */
    private ProgressBar bar(String title, int[] steps, int indent) {
        return bar(rows, title, steps, indent);
    }

    private static ProgressBar bar(Composite parent, String title, int[] steps, int indent) {
        ProgressBar bar = new ProgressBar(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(Math.max(1, steps[1]));
        bar.setSelection(steps[0]);
        String name = NLS.bind(Messages.MyProgressPart_barName, new Object[] { title, steps[0], steps[1] });
        bar.setToolTipText(name);
        bar.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent event) {
                event.result = name;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).indent(indent, 0).applyTo(bar);
        return bar;
    }

    /** For tests: the links that show and hide each course's modules, in order. */
    public List<Link> moduleToggles() {
        return java.util.Arrays.stream(rows.getChildren()).filter(Link.class::isInstance).map(Link.class::cast)
                .toList();
    }

    public Optional<ProgressBar> moduleBar(String packId, String moduleId) {
        return Optional.ofNullable(moduleBars.get(ProgressSnapshot.key(packId, moduleId)));
    }
}
