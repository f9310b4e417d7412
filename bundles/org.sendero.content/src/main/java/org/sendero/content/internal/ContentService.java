package org.sendero.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.sendero.content.BundledPack;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallOptions;
import org.sendero.content.InstallResult;
import org.sendero.content.InstalledPack;
import org.sendero.content.LibraryListener;
import org.sendero.content.PackReport;
import org.sendero.content.internal.library.LibraryImport;
import org.sendero.content.internal.pack.PackReader;
import org.sendero.content.internal.store.BundledPackOffers;
import org.sendero.content.internal.store.PackStore;
import org.sendero.core.ContentImporter;
import org.sendero.core.SenderoEnvironment;

/** The installed packs of this process's data folder, and the importer the workbench's Import uses. */
@Component(service = { ContentLibrary.class,
        ContentImporter.class }, reference = @Reference(name = ContentService.LISTENERS, service = LibraryListener.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC))
public final class ContentService implements ContentLibrary, ContentImporter {

    static final String LISTENERS = "listeners";

    private final PackStore store;
    /**
     * Listeners are looked up when a change happens, not bound when the library starts: a listener
     * (the search index) itself needs the library, and binding it at start would be a cycle.
     */
    private final ComponentContext context;
    private final List<LibraryListener> listeners = new CopyOnWriteArrayList<>();
    private final List<BundledPack> bundled;
    private final Logger logger;
    private boolean bundledOffered;

    @Activate
    public ContentService(@Reference SenderoEnvironment environment, ComponentContext context,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY) List<BundledPack> bundled,
            @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL) Logger logger) {
        this.store = new PackStore(environment.dataFolder().packs());
        this.context = context;
        this.bundled = List.copyOf(bundled);
        this.logger = logger;
    }

    public ContentService(PackStore store) {
        this.store = store;
        this.context = null;
        this.bundled = List.of();
        this.logger = null;
    }

    @Override
    public List<InstalledPack> installed() throws ContentException {
        offerBundledPacks();
        return store.installed();
    }

    /**
     * The first time anything asks for content, the packs that ship with the product are installed
     * (and so indexed by the listeners): a new user finds the starter library without being asked.
     */
    private synchronized void offerBundledPacks() throws ContentException {
        if (bundledOffered || bundled.isEmpty()) {
            return;
        }
        bundledOffered = true;
        BundledPackOffers.Offered offered = new BundledPackOffers(store).offer(bundled);
        offered.installed().forEach(this::changed);
        for (String failure : offered.failures()) {
            if (logger != null) {
                logger.error("A pack that ships with Sendero could not be installed: {}", failure);
            }
        }
    }

    @Override
    public InstallResult install(Path source, InstallOptions options) throws ContentException {
        return changed(store.install(source, options));
    }

    @Override
    public void remove(String packId) throws ContentException {
        store.remove(packId);
        changed(packId);
    }

    @Override
    public PackReport load(String packId) throws ContentException {
        offerBundledPacks();
        return store.load(packId);
    }

    @Override
    public InstallResult importDocuments(List<Path> documents) throws ContentException {
        return changed(new LibraryImport(store.forMyLibrary()).importDocuments(documents));
    }

    /** Adds a listener outside OSGi (in OSGi, listeners are services). */
    public void addListener(LibraryListener listener) {
        listeners.add(listener);
    }

    private InstallResult changed(InstallResult result) {
        changed(result.info().id());
        return result;
    }

    /** The change is done and durable; a listener that fails must not make it look failed. */
    private void changed(String packId) {
        List<LibraryListener> all = new java.util.ArrayList<>(listeners);
        if (context != null) {
            Object[] services = context.locateServices(LISTENERS);
            if (services != null) {
                for (Object service : services) {
                    all.add((LibraryListener) service);
                }
            }
        }
        for (LibraryListener listener : all) {
            try {
                listener.libraryChanged(packId);
            } catch (RuntimeException e) {
                System.getLogger(ContentService.class.getName()).log(System.Logger.Level.WARNING,
                        "a library listener failed for " + packId, e);
            }
        }
    }

    /** Whatever the user picked in the workbench's Import: see {@link #importAny}. */
    @Override
    public String importFrom(Path source) throws IOException {
        return importAny(this, source, false).describe();
    }

    /**
     * A pack folder (with pack.yaml), a .sendero file, a single document, or a folder of documents
     * without pack.yaml (each document into My library).
     */
    public static InstallResult importAny(ContentLibrary library, Path source, boolean force) throws ContentException {
        return importAny(library, source, InstallOptions.force(force));
    }

    /** As {@link #importAny(ContentLibrary, Path, boolean)}, a pack with what the user allowed. */
    public static InstallResult importAny(ContentLibrary library, Path source, InstallOptions options)
            throws ContentException {
        if (Files.isDirectory(source)) {
            if (Files.isRegularFile(source.resolve(PackReader.PACK_FILE))) {
                return library.install(source, options);
            }
            return library.importDocuments(LibraryImport.documentsIn(source));
        }
        if (!Files.isRegularFile(source)) {
            throw ContentException.of(source.toString(), "no such file or folder");
        }
        if (LibraryImport.isDocument(source)) {
            return library.importDocuments(List.of(source));
        }
        return library.install(source, options);
    }
}
