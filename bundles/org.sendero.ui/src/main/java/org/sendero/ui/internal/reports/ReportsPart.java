package org.sendero.ui.internal.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.sendero.sync.LrsReader;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.sendero.reports.ReportBuilder;
import org.sendero.reports.ReportData;
import org.sendero.reports.ReportWriter;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Trainer > Reports: the xAPI result files learners exported on many computers, read together (the
 * same statement in two files counts once): who completed which module, how hard each question
 * was and how well it told stronger learners from weaker ones, the most-missed questions with
 * their guidance, a chart, and the whole report saved as CSV, HTML or PDF.
 */
public final class ReportsPart {

    public static final String PART_ID = "org.sendero.part.reports";

    private final ReportBuilder builder;
    private final ReportWriter writer;
    private final UISynchronize ui;
    private final ServerResults server;
    private final LinkedHashSet<Path> files = new LinkedHashSet<>();

    private Label status;
    private Label problems;
    private Button add;
    private final List<Button> savers = new ArrayList<>();
    private CompletionTable completion;
    private QuestionTable questions;
    private MissedTable missed;
    private DifficultyChart chart;
    private Optional<ReportData> report = Optional.empty();
    private int reading;

    @Inject
    public ReportsPart(ReportBuilder builder, ReportWriter writer, UISynchronize ui, LrsReader server) {
        this.builder = builder;
        this.writer = writer;
        this.ui = ui;
        this.server = new ServerResults(server, ui);
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Composite buttons = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().wrap(true).spacing(6).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        add = button(buttons, Messages.ReportsPart_addFiles, this::chooseFiles);
        button(buttons, org.sendero.ui.internal.sync.Messages.Reports_fromServer,
                () -> server.read(add.getShell(), this::addFiles, this::showProblem, status::setText));
        button(buttons, Messages.ReportsPart_clear, this::clear);
        savers.add(button(buttons, Messages.ReportsPart_exportCsv, this::chooseCsvFolder));
        savers.add(button(buttons, Messages.ReportsPart_saveHtml, () -> chooseFile("*.html",
                Messages.ReportsPart_filterHtml, this::saveHtml)));
        savers.add(button(buttons, Messages.ReportsPart_savePdf, () -> chooseFile("*.pdf",
                Messages.ReportsPart_filterPdf, this::savePdf)));

        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        problems = new Label(parent, SWT.WRAP);
        problems.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(problems);

        TabFolder tabs = new TabFolder(parent, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
        completion = new CompletionTable(tabs);
        tab(tabs, Messages.ReportsPart_tabCompletion, completion.control());
        questions = new QuestionTable(tabs);
        tab(tabs, Messages.ReportsPart_tabQuestions, questions.control());
        missed = new MissedTable(tabs);
        tab(tabs, Messages.ReportsPart_tabMissed, missed.control());
        chart = new DifficultyChart(tabs);
        tab(tabs, Messages.ReportsPart_tabChart, chart.control());
        showReport();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static void tab(TabFolder tabs, String text, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
    }

    @Focus
    public void setFocus() {
        add.setFocus();
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(add.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText(Messages.ReportsPart_addTitle);
        dialog.setFilterExtensions(new String[] { "*.json", "*.*" });
        dialog.setFilterNames(new String[] { Messages.ReportsPart_filterResults, Messages.ReportsPart_filterAll });
        if (dialog.open() == null) {
            return;
        }
        Path folder = Path.of(dialog.getFilterPath());
        addFiles(java.util.Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList());
    }

    /**
     * Adds result files and reads all of them again, off the UI thread; the tables change when the
     * report is ready.
     */
    public void addFiles(List<Path> added) {
        files.addAll(added);
        rebuild();
    }

    private void showProblem(String problem) {
        if (!problems.isDisposed()) {
            problems.setText(problem);
            problems.requestLayout();
        }
    }

    /** Forgets every file. */
    public void clear() {
        files.clear();
        rebuild();
    }

    private void rebuild() {
        int run = ++reading;
        List<Path> all = List.copyOf(files);
        if (all.isEmpty()) {
            report = Optional.empty();
            showReport();
            return;
        }
        status.setText(NLS.bind(Messages.ReportsPart_reading, all.size()));
        savers.forEach(b -> b.setEnabled(false));
        String language = Locale.getDefault().getLanguage();
        CompletableFuture.supplyAsync(() -> builder.build(all, language))
                .whenComplete((built, failure) -> ui.asyncExec(() -> {
                    // a newer set of files may have been asked for meanwhile: only the latest is shown
                    if (run != reading || status.isDisposed()) {
                        return;
                    }
                    report = Optional.ofNullable(built);
                    if (failure != null) {
                        problems.setText(String.valueOf(failure.getMessage()));
                    }
                    showReport();
                }));
    }

    private void showReport() {
        savers.forEach(b -> b.setEnabled(report.isPresent()));
        if (report.isEmpty()) {
            status.setText(Messages.ReportsPart_empty);
            problems.setText("");
            completion.show(new org.sendero.reports.CompletionMatrix(List.of(), List.of(), List.of()));
            questions.show(List.of());
            missed.show(List.of());
            chart.show(List.of());
        } else {
            ReportData data = report.get();
            status.setText(NLS.bind(Messages.ReportsPart_summary, new Object[] { data.files().size(), data.statements(),
                    data.duplicates(), data.completion().learners().size(), data.questions().size() }));
            problems.setText(data.problems().isEmpty() ? "" : NLS.bind(Messages.ReportsPart_problems,
                    data.problems().stream().map(Object::toString).collect(Collectors.joining("\n"))));
            completion.show(data.completion());
            questions.show(data.questions());
            missed.show(data.mostMissed());
            chart.show(data.questions());
        }
        status.getParent().layout(true, true);
    }

    private void chooseCsvFolder() {
        DirectoryDialog dialog = new DirectoryDialog(add.getShell(), SWT.SAVE);
        dialog.setText(Messages.ReportsPart_csvTitle);
        String chosen = dialog.open();
        if (chosen != null) {
            exportCsv(Path.of(chosen));
        }
    }

    private void chooseFile(String extension, String filterName, java.util.function.Consumer<Path> save) {
        FileDialog dialog = new FileDialog(add.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFilterNames(new String[] { filterName });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            save.accept(Path.of(chosen));
        }
    }

    /** Writes every table as a CSV file into {@code folder}; what happened is said in the status line. */
    public void exportCsv(Path folder) {
        save(folder, () -> {
            List<Path> written = writer.writeCsv(report.orElseThrow(), folder);
            return NLS.bind(Messages.ReportsPart_csvWritten, written.size(), folder);
        });
    }

    public void saveHtml(Path file) {
        save(file, () -> {
            writer.writeHtml(report.orElseThrow(), file, Locale.getDefault());
            return NLS.bind(Messages.ReportsPart_saved, file);
        });
    }

    public void savePdf(Path file) {
        save(file, () -> {
            writer.writePdf(report.orElseThrow(), file, Locale.getDefault());
            return NLS.bind(Messages.ReportsPart_saved, file);
        });
    }

    private interface Saving {
        String run() throws IOException;
    }

    private void save(Path target, Saving saving) {
        if (report.isEmpty()) {
            return;
        }
        try {
            status.setText(saving.run());
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.ReportsPart_saveFailed, target, e.getMessage()));
        }
        status.getParent().layout(true, true);
    }

    /** For tests and accessibility checks. */
    public Optional<ReportData> report() {
        return report;
    }

    public String statusText() {
        return status.getText();
    }

    public String problemsText() {
        return problems.getText();
    }

    public org.eclipse.jface.viewers.TableViewer completionViewer() {
        return completion.viewer();
    }

    public org.eclipse.jface.viewers.TableViewer questionViewer() {
        return questions.viewer();
    }

    public org.eclipse.jface.viewers.TableViewer missedViewer() {
        return missed.viewer();
    }

    public String chartDescription() {
        return chart.describe();
    }
}
