package org.sendero.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Reads the product's application model and checks that what it promises exists: every part,
 * handler and addon class loads from its bundle, every menu item has a handler, and the layout is
 * the one people are told about (library and search left, reader centre, progress right).
 */
class ApplicationModelTest {

    private static MApplication application;

    @BeforeAll
    static void loadModel() {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        Resource resource = resources.getResource(URI.createURI("platform:/plugin/org.sendero.app/Application.e4xmi"),
                true);
        application = (MApplication) resource.getContents().get(0);
    }

    private static List<EObject> allElements() {
        List<EObject> all = new java.util.ArrayList<>();
        ((EObject) application).eAllContents().forEachRemaining(all::add);
        return all;
    }

    @Test
    void everyContributedClassLoadsFromItsBundle() throws ClassNotFoundException {
        List<MContribution> contributions = allElements().stream().filter(MContribution.class::isInstance)
                .map(MContribution.class::cast).filter(c -> c.getContributionURI() != null).toList();
        assertTrue(contributions.size() >= 4 + 3 + 8, "parts, handlers and addons: " + contributions.size());
        for (MContribution contribution : contributions) {
            String uri = contribution.getContributionURI();
            assertTrue(uri.startsWith("bundleclass://"), uri);
            String[] bundleAndClass = uri.substring("bundleclass://".length()).split("/", 2);
            Bundle bundle = bundleNamed(bundleAndClass[0]);
            assertNotNull(bundle, "no bundle " + bundleAndClass[0] + " for " + uri);
            assertNotNull(bundle.loadClass(bundleAndClass[1]));
        }
    }

    @Test
    void theLayoutHasLibraryAndSearchLeftTheReaderInTheMiddleAndProgressRight() {
        MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
        assertEquals("%window.title", window.getLabel());
        List<MPartStack> stacks = allElements().stream().filter(MPartStack.class::isInstance)
                .map(MPartStack.class::cast).toList();
        assertEquals(List.of(List.of("org.sendero.part.library", "org.sendero.part.search"),
                List.of("org.sendero.part.home", "org.sendero.part.reader", "org.sendero.part.quiz",
                        "org.sendero.part.searchPage", "org.sendero.part.glossary"),
                List.of("org.sendero.part.progress", "org.sendero.part.notes")),
                stacks.stream().map(stack -> stack.getChildren().stream().map(MUIElement::getElementId).toList())
                        .toList());
        stacks.stream().flatMap(stack -> stack.getChildren().stream()).map(MPart.class::cast)
                .forEach(part -> assertTrue(part.getLabel().startsWith("%"), "translated label: " + part.getLabel()));
    }

    @Test
    void theLearnersLayoutIsAPerspectiveThatOtherLayoutsCanJoin() {
        MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
        MPerspectiveStack perspectives = (MPerspectiveStack) window.getChildren().get(0);
        assertEquals("org.sendero.perspectivestack.main", perspectives.getElementId());
        assertEquals("org.sendero.perspective.learning", perspectives.getSelectedElement().getElementId());
        assertEquals("%perspective.learning", perspectives.getSelectedElement().getLabel());
    }

    /**
     * The authoring bundle's fragment: every element it adds goes under an element the application
     * has, or one an earlier fragment of the file added (fragments are merged in order).
     */
    @Test
    void theAuthoringFragmentAddsItsLayoutMenuAndKeysUnderElementsTheApplicationHas() throws ClassNotFoundException {
        ResourceSetImpl resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
        MModelFragments fragments = (MModelFragments) resources
                .getResource(URI.createURI("platform:/plugin/org.sendero.authoring/fragment.e4xmi"), true).getContents()
                .get(0);
        Set<String> ids = allElements().stream().filter(MApplicationElement.class::isInstance)
                .map(element -> ((MApplicationElement) element).getElementId()).collect(Collectors.toSet());
        ids.add(application.getElementId());
        Map<String, List<String>> added = new java.util.HashMap<>();
        for (MModelFragment fragment : fragments.getFragments()) {
            MStringModelFragment named = (MStringModelFragment) fragment;
            assertTrue(ids.contains(named.getParentElementId()),
                    "no element " + named.getParentElementId() + " in the application");
            for (MApplicationElement element : fragment.getElements()) {
                added.computeIfAbsent(named.getFeaturename(), feature -> new java.util.ArrayList<>())
                        .add(element.getElementId());
                if (element instanceof MContribution contribution && contribution.getContributionURI() != null) {
                    loads(contribution.getContributionURI());
                }
                ids.add(element.getElementId());
                ((EObject) element).eAllContents().forEachRemaining(child -> {
                    if (child instanceof MApplicationElement inner) {
                        ids.add(inner.getElementId());
                    }
                    if (child instanceof MContribution contribution && contribution.getContributionURI() != null) {
                        try {
                            loads(contribution.getContributionURI());
                        } catch (ClassNotFoundException e) {
                            throw new AssertionError(e);
                        }
                    }
                });
            }
        }
        assertTrue(added.get("children").containsAll(List.of("org.sendero.authoring.perspective",
                "org.sendero.authoring.menuitem.authoringMode", "org.sendero.authoring.menuitem.openPack")),
                added.toString());
        assertTrue(fragments.getFragments().stream().map(MStringModelFragment.class::cast)
                .anyMatch(fragment -> fragment.getParentElementId().equals("org.sendero.app.menu.trainer")),
                "the authoring items join the application's Trainer menu");
        Map<String, String> keys = fragments.getFragments().stream()
                .flatMap(fragment -> fragment.getElements().stream())
                .filter(MBindingTable.class::isInstance).map(MBindingTable.class::cast)
                .flatMap(table -> table.getBindings().stream())
                .collect(Collectors.toMap(binding -> binding.getCommand().getElementId(),
                        binding -> binding.getKeySequence()));
        assertEquals(
                Map.of("org.sendero.authoring.command.save", "M1+S", "org.sendero.authoring.command.findReplace",
                        "M1+F",
                        "org.sendero.authoring.command.undo", "M1+Z", "org.sendero.authoring.command.redo", "M1+Y"),
                keys);
    }

    private static void loads(String uri) throws ClassNotFoundException {
        String[] bundleAndClass = uri.substring("bundleclass://".length()).split("/", 2);
        Bundle bundle = bundleNamed(bundleAndClass[0]);
        assertNotNull(bundle, "no bundle " + bundleAndClass[0] + " for " + uri);
        assertNotNull(bundle.loadClass(bundleAndClass[1]));
    }

    @Test
    void everyMenuItemHasAHandlerAndTheMenusAreFileGoTrainerAndHelp() {
        MMenu mainMenu = ((MTrimmedWindow) application.getChildren().get(0)).getMainMenu();
        assertEquals(
                List.of("org.sendero.menu.file", "org.sendero.menu.go", "org.sendero.app.menu.trainer",
                        "org.sendero.menu.help"),
                mainMenu.getChildren().stream().map(MMenuElement::getElementId).toList());
        Set<String> handled = application.getHandlers().stream().map(MHandler::getCommand)
                .map(command -> command.getElementId()).collect(Collectors.toSet());
        List<MHandledMenuItem> items = allElements().stream().filter(MHandledMenuItem.class::isInstance)
                .map(MHandledMenuItem.class::cast).toList();
        assertEquals(
                List.of("org.sendero.command.import", "org.sendero.command.switchLearner",
                        "org.sendero.command.backup", "org.sendero.command.restore", "org.sendero.command.preferences",
                        "org.sendero.command.exit",
                        "org.sendero.command.showPart", "org.sendero.command.showPart", "org.sendero.command.showPart",
                        "org.sendero.command.showPart", "org.sendero.command.showPart", "org.sendero.command.showPart",
                        "org.sendero.command.showPart", "org.sendero.command.showPart", "org.sendero.command.showPart",
                        "org.sendero.command.reports", "org.sendero.command.verifyCertificate",
                        "org.sendero.command.certificateOffice", "org.sendero.command.saveDiagnostics",
                        "org.sendero.command.checkForUpdates",
                        "org.sendero.command.about"),
                items.stream().map(item -> item.getCommand().getElementId()).toList());
        items.forEach(item -> assertTrue(handled.contains(item.getCommand().getElementId()), item.getElementId()));
    }

    @Test
    void theReportsPartIsDescribedForTheTrainerMenuToOpen() throws ClassNotFoundException {
        var descriptor = application.getDescriptors().stream()
                .filter(d -> d.getElementId().equals("org.sendero.part.reports")).findFirst().orElseThrow();
        assertEquals("%part.reports", descriptor.getLabel());
        String[] bundleAndClass = descriptor.getContributionURI().substring("bundleclass://".length()).split("/", 2);
        assertEquals("org.sendero.ui.internal.reports.ReportsPart",
                bundleNamed(bundleAndClass[0]).loadClass(bundleAndClass[1]).getName());
        MMenu trainer = (MMenu) ((MTrimmedWindow) application.getChildren().get(0)).getMainMenu().getChildren().get(2);
        assertEquals("%menu.trainer", trainer.getLabel());
    }

    @Test
    void theTrainerMenuVerifiesCertificatesWithTheDialogsHandler() throws ClassNotFoundException {
        MMenu trainer = (MMenu) ((MTrimmedWindow) application.getChildren().get(0)).getMainMenu().getChildren().get(2);
        MHandledMenuItem verify = trainer.getChildren().stream().filter(MHandledMenuItem.class::isInstance)
                .map(MHandledMenuItem.class::cast)
                .filter(item -> item.getElementId().equals("org.sendero.menuitem.verifyCertificate")).findFirst()
                .orElseThrow();
        assertEquals("%menu.trainer.verifyCertificate", verify.getLabel());
        MHandler handler = application.getHandlers().stream()
                .filter(h -> h.getCommand() == verify.getCommand()).findFirst().orElseThrow();
        loads(handler.getContributionURI());
        assertTrue(handler.getContributionURI().endsWith("certificates.VerifyCertificateHandler"),
                handler.getContributionURI());
    }

    @Test
    void exitAndImportHaveKeyboardShortcutsInTheContextThatIsAlwaysActive() {
        Map<String, String> keys = application.getBindingTables().stream()
                .filter(table -> table.getBindingContext().getElementId()
                        .equals("org.eclipse.ui.contexts.dialogAndWindow"))
                .flatMap((MBindingTable table) -> table.getBindings().stream())
                .filter(binding -> binding.getParameters().isEmpty())
                .collect(Collectors.toMap(binding -> binding.getCommand().getElementId(),
                        binding -> binding.getKeySequence()));
        assertEquals("M1+Q", keys.get("org.sendero.command.exit"));
        assertEquals("M1+O", keys.get("org.sendero.command.import"));
    }

    @Test
    void everyPartHasAShortcutAndAGoMenuItemThatBringsItForward() {
        Set<String> parts = allElements().stream().filter(MPart.class::isInstance).map(MPart.class::cast)
                .map(MPart::getElementId).collect(Collectors.toSet());
        Map<String, String> keyByPart = application.getBindingTables().stream()
                .flatMap((MBindingTable table) -> table.getBindings().stream())
                .filter(binding -> binding.getCommand().getElementId().equals("org.sendero.command.showPart"))
                .collect(Collectors.toMap(binding -> binding.getParameters().get(0).getValue(),
                        binding -> binding.getKeySequence()));
        assertEquals(Map.of("org.sendero.part.home", "M1+0", "org.sendero.part.library", "M1+1",
                "org.sendero.part.search", "M1+2", "org.sendero.part.reader", "M1+3", "org.sendero.part.quiz", "M1+4",
                "org.sendero.part.progress", "M1+5", "org.sendero.part.searchPage", "M1+6", "org.sendero.part.glossary",
                "M1+7", "org.sendero.part.notes", "M1+8"), keyByPart);
        assertTrue(parts.containsAll(keyByPart.keySet()), "shortcuts name parts of the window: " + parts);
        List<String> goItems = allElements().stream().filter(MHandledMenuItem.class::isInstance)
                .map(MHandledMenuItem.class::cast)
                .filter(item -> item.getCommand().getElementId().equals("org.sendero.command.showPart"))
                .map(item -> item.getParameters().get(0).getValue()).toList();
        assertEquals(Set.copyOf(goItems), keyByPart.keySet());
        assertEquals(goItems.size(), keyByPart.size());
    }

    private static Bundle bundleNamed(String symbolicName) {
        Map<String, Bundle> bundles = java.util.Arrays.stream(
                FrameworkUtil.getBundle(ApplicationModelTest.class).getBundleContext().getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, Function.identity(), (a, b) -> a));
        return bundles.get(symbolicName);
    }
}
