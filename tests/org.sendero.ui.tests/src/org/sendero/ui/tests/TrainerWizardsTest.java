package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendero.authoring.internal.wizards.ImportGiftWizard;
import org.sendero.authoring.internal.wizards.ImportReportDialog;
import org.sendero.authoring.internal.wizards.NewCourseWizard;
import org.sendero.authoring.internal.wizards.NewGuidanceWizard;
import org.sendero.authoring.internal.wizards.NewItemWizard;
import org.sendero.authoring.internal.wizards.NewLessonWizard;
import org.sendero.authoring.internal.wizards.NewModuleWizard;
import org.sendero.authoring.internal.wizards.NewPackWizard;
import org.sendero.authoring.internal.wizards.NewQuizWizard;
import org.sendero.authoring.internal.wizards.PackForDistributionDialog;
import org.sendero.authoring.internal.wizards.SigningKeyDialog;
import org.sendero.authoring.internal.wizards.SigningKeySetting;
import org.sendero.content.PackExporter;
import org.sendero.content.PackReport;
import org.sendero.content.PackValidator;
import org.sendero.content.Problem;
import org.sendero.content.authoring.PackDistribution;
import org.sendero.content.authoring.PackScaffold;
import org.sendero.core.content.Module;
import org.sendero.core.content.Pack;
import org.sendero.core.content.Question;

/** The trainer's wizards and dialogs driven through their real widgets, and what they write checked by the validator. */
class TrainerWizardsTest {

    private static final String FIELD = "org.sendero.authoring.field";
    /** The item types in the order the item editor offers them. */
    private static final List<String> TYPES = List.of("single", "multiple", "truefalse", "short", "matching",
            "ordering",
            "numeric");

    private PartHarness window;
    private PackValidator validator;
    private Path temp;

    @BeforeEach
    void open() throws Exception {
        window = new PartHarness();
        validator = window.context.get(PackValidator.class);
        temp = Files.createTempDirectory("sendero-wizards-");
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aPackAndEveryPartOfItMadeWithTheWizardsPassTheValidator() throws Exception {
        NewPackWizard packWizard = new NewPackWizard(validator, temp);
        WizardDialog packDialog = open(packWizard);
        assertFalse(button(packDialog.getShell(), IDialogConstants.FINISH_ID).isEnabled(), "nothing typed yet");
        type(packDialog, "title.en", "Border office pack");
        assertEquals("border-office-pack", text(packDialog, "id").getText(), "the id follows the English title");
        type(packDialog, "title.es", "Paquete de la oficina de frontera");
        String spanish = java.util.Locale.forLanguageTag("es").getDisplayLanguage(java.util.Locale.getDefault());
        assertTrue(String.valueOf(packDialog.getErrorMessage()).toLowerCase(java.util.Locale.ROOT)
                .contains(spanish.toLowerCase(java.util.Locale.ROOT)),
                "a Spanish title needs Spanish ticked: "
                        + packDialog.getErrorMessage());
        check(packDialog, "language.es");
        type(packDialog, "id", "Border Office");
        assertTrue(packDialog.getErrorMessage().contains("Border Office"), packDialog.getErrorMessage());
        assertFalse(button(packDialog.getShell(), IDialogConstants.FINISH_ID).isEnabled());
        type(packDialog, "id", "border-office");
        finish(packDialog);
        Path pack = temp.resolve("border-office");
        assertEquals(Optional.of(pack), packWizard.created());
        assertNoErrors(pack);
        PackScaffold scaffold = new PackScaffold(pack, validator);

        WizardDialog course = open(new NewCourseWizard(scaffold));
        type(course, "title.en", "Referral basics");
        type(course, "title.es", "Referencia b\u00e1sica");
        finish(course);

        WizardDialog module = open(new NewModuleWizard(scaffold));
        assertEquals("referral-basics", combo(module, "course").getText());
        type(module, "title.en", "The first contact");
        finish(module);

        WizardDialog lesson = open(new NewLessonWizard(scaffold));
        assertEquals("the-first-contact", combo(lesson, "module").getText());
        type(lesson, "title.en", "A safe space");
        type(lesson, "title.es", "Un espacio seguro");
        finish(lesson);

        WizardDialog guidance = open(new NewGuidanceWizard(scaffold));
        type(guidance, "title.en", "Referral at the crossing");
        select(guidance, "doctype", "procedure");
        type(guidance, "year", "1850");
        assertFalse(button(guidance.getShell(), IDialogConstants.FINISH_ID).isEnabled(),
                "1850 is not a year of the format");
        type(guidance, "year", "2025");
        Table topics = (Table) find(guidance.getShell(), "topics");
        topics.getItem(2).setChecked(true);
        finish(guidance);

        NewQuizWizard quizWizard = new NewQuizWizard(scaffold);
        WizardDialog quiz = open(quizWizard);
        assertEquals("the-first-contact-quiz", text(quiz, "id").getText());
        press(quiz, IDialogConstants.NEXT_ID);
        select(quiz, "itemType", 2);
        window.until(() -> "truefalse".equals(find(quiz.getShell(), "itemProblems").getData(FIELD + ".type"))
                && buttons(find(quiz.getShell(), "itemPreview")).size() == 2, Duration.ofSeconds(10),
                "the true/false template previewed with its two answer buttons");
        finish(quiz);

        NewItemWizard itemWizard = new NewItemWizard(scaffold, validator);
        WizardDialog item = open(itemWizard);
        press(item, IDialogConstants.NEXT_ID);
        window.until(() -> text(item, "itemYaml").getText().startsWith("id: q2\n"), Duration.ofSeconds(10),
                "the next free item id");
        type(item, "itemYaml",
                "id: q2\ntype: numeric\nprompt: Up to what age is a person a child?\nrange: [17, 17.99]\n");
        window.until(() -> "numeric".equals(find(item.getShell(), "itemProblems").getData(FIELD + ".type"))
                && ((Label) find(item.getShell(), "itemProblems")).getText().equals(
                        org.sendero.authoring.internal.wizards.Messages.Item_ok),
                Duration.ofSeconds(10), "the item is read");
        finish(item);

        // the course declares English and Spanish, so its quiz is written in Spanish too
        WizardDialog spanishQuiz = open(new NewQuizWizard(scaffold));
        select(spanishQuiz, "language", "es");
        assertEquals("the-first-contact-quiz", text(spanishQuiz, "id").getText(), "a translation keeps the quiz id");
        press(spanishQuiz, IDialogConstants.NEXT_ID);
        select(spanishQuiz, "itemType", 2);
        window.until(() -> "truefalse".equals(find(spanishQuiz.getShell(), "itemProblems").getData(FIELD + ".type")),
                Duration.ofSeconds(10), "the true/false template in Spanish");
        finish(spanishQuiz);

        PackReport report = validator.validate(pack);
        assertEquals(List.of(), report.problems().stream().filter(Problem::isError).toList());
        Pack read = report.pack().orElseThrow();
        Module first = read.courses().get(0).modules().get(0);
        assertEquals(List.of("a-safe-space"), first.lessonIds());
        assertEquals("Un espacio seguro", first.lesson("a-safe-space", "es").orElseThrow().title());
        assertEquals(List.of("truefalse", "numeric"), first.quiz("en").orElseThrow().items().stream()
                .map(Question::typeKey).toList());
        assertEquals(List.of("protection"), read.guidance("referral-at-the-crossing", "en").orElseThrow().topics());
    }

    @Test
    void theItemEditorPreviewsEveryTypeAndShowsAProblemAtItsLine() throws Exception {
        Path pack = temp.resolve("pack");
        PackScaffold scaffold = minimalPack(pack);
        WizardDialog quiz = open(new NewQuizWizard(scaffold));
        press(quiz, IDialogConstants.NEXT_ID);
        Combo types = combo(quiz, "itemType");
        for (int type = 0; type < types.getItemCount(); type++) {
            select(quiz, "itemType", type);
            int shown = type;
            String key = TYPES.get(type);
            window.until(() -> key.equals(find(quiz.getShell(), "itemProblems").getData(FIELD + ".type"))
                    && children(find(quiz.getShell(), "itemPreview")) >= 2, Duration.ofSeconds(10),
                    "the preview of type " + shown);
            assertTrue(button(quiz.getShell(), IDialogConstants.FINISH_ID).isEnabled(), "the template of type " + type);
        }
        type(quiz, "itemYaml",
                "id: q1\ntype: single\nprompt: Which one?\noptions:\n\t- {text: This}\n\t- {text: That}\n");
        assertFalse(text(quiz, "itemYaml").getText().contains("\t"), "a tab is typed as spaces, which YAML allows");
        window.until(() -> quiz.getErrorMessage() != null, Duration.ofSeconds(10), "the problem is shown");
        String atLine5 = org.eclipse.osgi.util.NLS.bind(org.sendero.authoring.internal.wizards.Messages.Item_problemAt,
                5, "");
        assertTrue(quiz.getErrorMessage().startsWith(atLine5) && quiz.getErrorMessage().contains("no correct answer"),
                "the problem at the first option's line: " + quiz.getErrorMessage());
        assertEquals(0, children(find(quiz.getShell(), "itemPreview")));
        assertFalse(button(quiz.getShell(), IDialogConstants.FINISH_ID).isEnabled());
        quiz.close();
    }

    @Test
    void aGiftFileIsImportedIntoAModuleAndTheReportListsWhatWasRefused() throws Exception {
        Path pack = temp.resolve("pack");
        PackScaffold scaffold = minimalPack(pack);
        ImportGiftWizard wizard = new ImportGiftWizard(scaffold, validator);
        WizardDialog dialog = open(wizard);
        Path corpus = Path.of("../../bundles/org.sendero.content/src/test/gift/corpus.gift").toAbsolutePath()
                .normalize();
        type(dialog, "file", corpus.toString());
        finish(dialog);
        assertNoErrors(pack);
        ImportReportDialog report = new ImportReportDialog(window.shell, wizard.report().orElseThrow());
        report.setBlockOnOpen(false);
        report.open();
        assertEquals(11, report.shownTaken().size());
        assertEquals(5, report.shownRefused().size());
        assertEquals(wizard.report().orElseThrow().refused().stream().map(problem -> org.eclipse.osgi.util.NLS.bind(
                org.sendero.authoring.internal.wizards.Messages.Report_line, problem.line(), problem.message()))
                .toList(),
                report.shownRefused(), "each refused construct with its line");
        assertTrue(wizard.report().orElseThrow().refused().stream().allMatch(problem -> problem.line() > 1));
        report.close();
    }

    @Test
    void aKeyMadeInTheDialogSignsThePackWrittenForDistribution() throws Exception {
        SigningKeySetting setting = new SigningKeySetting();
        try {
            SigningKeyDialog keys = new SigningKeyDialog(window.shell, setting);
            keys.setBlockOnOpen(false);
            keys.open();
            Path keyFolder = Files.createDirectories(temp.resolve("keys"));
            ((Text) find(keys.getShell(), "folder")).setText(keyFolder.toString());
            ((Text) find(keys.getShell(), "name")).setText("office");
            ((Button) find(keys.getShell(), "generate")).notifyListeners(SWT.Selection, new Event());
            assertTrue(Files.isRegularFile(keyFolder.resolve("office.key")));
            String fingerprint = setting.key().orElseThrow().fingerprint();
            assertTrue(((Label) find(keys.getShell(), "current")).getText().contains(fingerprint));
            keys.close();

            Path pack = temp.resolve("pack");
            minimalPack(pack);
            PackDistribution distribution = new PackDistribution(window.context.get(PackExporter.class), validator);
            PackForDistributionDialog dialog = new PackForDistributionDialog(window.shell, pack, distribution,
                    setting.key());
            dialog.setBlockOnOpen(false);
            dialog.open();
            assertTrue(((Label) find(dialog.getShell(), "signing")).getText().contains(fingerprint));
            Path target = temp.resolve("out.sendero");
            ((Text) find(dialog.getShell(), "target")).setText(target.toString());
            button(dialog.getShell(), IDialogConstants.OK_ID).notifyListeners(SWT.Selection, new Event());
            assertEquals(Optional.of(fingerprint), dialog.written().orElseThrow().signer());
            assertTrue(((Label) find(dialog.getShell(), "summary")).getText().contains(fingerprint));
            assertEquals(List.of(), validator.validate(target).problems().stream().filter(Problem::isError).toList());
            dialog.close();
        } finally {
            setting.set(Optional.empty());
        }
    }

    @Test
    void theTrainerMenuOffersEveryWizardAndDialogWithAHandlerForEach() {
        org.eclipse.emf.ecore.resource.impl.ResourceSetImpl resources = new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi",
                new org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl());
        org.eclipse.e4.ui.model.fragment.MModelFragments fragments = (org.eclipse.e4.ui.model.fragment.MModelFragments) resources
                .getResource(org.eclipse.emf.common.util.URI
                        .createURI("platform:/plugin/org.sendero.authoring/fragment.e4xmi"), true)
                .getContents().get(0);
        List<org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem> items = new ArrayList<>();
        List<String> handled = new ArrayList<>();
        for (org.eclipse.e4.ui.model.fragment.MModelFragment fragment : fragments.getFragments()) {
            for (org.eclipse.e4.ui.model.application.MApplicationElement element : fragment.getElements()) {
                if (element instanceof org.eclipse.e4.ui.model.application.commands.MHandler handler) {
                    handled.add(handler.getCommand().getElementId());
                }
                if (((org.eclipse.e4.ui.model.fragment.MStringModelFragment) fragment).getParentElementId()
                        .equals("org.sendero.app.menu.trainer")) {
                    items.add(element instanceof org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem item
                            ? item : null);
                    ((org.eclipse.emf.ecore.EObject) element).eAllContents().forEachRemaining(child -> {
                        if (child instanceof org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem item) {
                            items.add(item);
                        }
                    });
                }
            }
        }
        items.removeIf(java.util.Objects::isNull);
        List<String> kinds = items.stream().flatMap(item -> item.getParameters().stream()).map(p -> p.getValue())
                .toList();
        assertEquals(List.of("pack", "course", "module", "lesson", "guidance", "quiz", "item"), kinds);
        List<String> commands = items.stream().map(item -> item.getCommand().getElementId()).distinct().toList();
        // after the authoring mode's own items (modes, open, save, find, undo, redo)
        assertEquals(List.of("org.sendero.authoring.command.newPart", "org.sendero.authoring.command.tryQuiz",
                "org.sendero.authoring.command.importGift", "org.sendero.authoring.command.packForDistribution",
                "org.sendero.authoring.command.signingKey"),
                commands.subList(commands.indexOf("org.sendero.authoring.command.newPart"), commands.size()));
        assertTrue(handled.containsAll(commands), "a handler for every command: " + handled);
        assertTrue(items.stream().allMatch(item -> item.getLabel().startsWith("%menu.trainer.")),
                "labels are translated");
    }

    // ---- a pack to add to ---------------------------------------------------------------------

    private PackScaffold minimalPack(Path pack) throws Exception {
        Files.createDirectories(pack.resolve("courses/c1/m1"));
        Files.writeString(pack.resolve("pack.yaml"), "id: p\nversion: 1.0.0\ntitle: {en: P}\nlanguages: [en]\n");
        Files.writeString(pack.resolve("courses/c1/course.yaml"), "id: c1\ntitle: {en: C}\nmodules: [m1]\n");
        Files.writeString(pack.resolve("courses/c1/m1/module.yaml"), "id: m1\ntitle: {en: M}\nlessons: []\n");
        assertNoErrors(pack);
        return new PackScaffold(pack, validator);
    }

    private void assertNoErrors(Path pack) {
        assertEquals(List.of(), validator.validate(pack).problems().stream().filter(Problem::isError).toList());
    }

    // ---- driving the widgets ------------------------------------------------------------------

    private WizardDialog open(IWizard wizard) {
        WizardDialog dialog = new WizardDialog(window.shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private void finish(WizardDialog dialog) {
        Shell shell = dialog.getShell();
        Button finish = button(shell, IDialogConstants.FINISH_ID);
        assertTrue(finish.isEnabled(), "Finish is enabled: " + dialog.getErrorMessage());
        finish.notifyListeners(SWT.Selection, new Event());
        assertTrue(shell.isDisposed(), "the wizard closed: " + (shell.isDisposed() ? "" : dialog.getErrorMessage()));
    }

    private static void press(WizardDialog dialog, int id) {
        button(dialog.getShell(), id).notifyListeners(SWT.Selection, new Event());
    }

    private static void type(WizardDialog dialog, String field, String value) {
        text(dialog, field).setText(value);
    }

    private static void check(WizardDialog dialog, String field) {
        Button box = (Button) find(dialog.getShell(), field);
        box.setSelection(true);
        box.notifyListeners(SWT.Selection, new Event());
    }

    private static void select(WizardDialog dialog, String field, String item) {
        Combo combo = combo(dialog, field);
        select(dialog, field, combo.indexOf(item));
    }

    private static void select(WizardDialog dialog, String field, int index) {
        Combo combo = combo(dialog, field);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        combo.notifyListeners(SWT.Modify, new Event());
    }

    private static Text text(WizardDialog dialog, String field) {
        return (Text) find(dialog.getShell(), field);
    }

    private static Combo combo(WizardDialog dialog, String field) {
        return (Combo) find(dialog.getShell(), field);
    }

    /** The visible field named {@code field}: pages not shown keep their fields, hidden. */
    private static Control find(Composite root, String field) {
        return all(root).filter(c -> field.equals(c.getData(FIELD)) && c.isVisible()).findFirst()
                .or(() -> all(root).filter(c -> field.equals(c.getData(FIELD))).findFirst())
                .orElseThrow(() -> new AssertionError("no field " + field));
    }

    private static Button button(Shell shell, int id) {
        return (Button) all(shell).filter(c -> c instanceof Button && Integer.valueOf(id).equals(c.getData()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }

    private static List<Button> buttons(Control root) {
        return all((Composite) root).filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    private static int children(Control root) {
        return ((Composite) root).getChildren().length;
    }

    private static Stream<Control> all(Composite root) {
        return Controls.all(root, Control.class).stream();
    }
}
