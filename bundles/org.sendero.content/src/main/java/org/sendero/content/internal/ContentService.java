package org.sendero.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.sendero.content.BundledPack;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstallResult;
import org.sendero.content.InstalledPack;
import org.sendero.content.PackReport;
import org.sendero.content.internal.library.LibraryImport;
import org.sendero.content.internal.pack.PackReader;
import org.sendero.content.internal.store.BundledPackOffers;
import org.sendero.content.internal.store.PackStore;
import org.sendero.core.ContentImporter;
import org.sendero.core.SenderoEnvironment;

/** The installed packs of this process's data folder, and the importer the workbench's Import uses. */
@Component(service = { ContentLibrary.class, ContentImporter.class })
public final class ContentService implements ContentLibrary, ContentImporter {

    private final PackStore store;
    private final List<BundledPack> bundled;
    private final Logger logger;
    private boolean bundledOffered;

    @Activate
    public ContentService(@Reference SenderoEnvironment environment,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<BundledPack> bundled,
            @Reference(service = LoggerFactory.class, cardinality = ReferenceCardinality.OPTIONAL) Logger logger) {
        this(new PackStore(environment.dataFolder().packs()), bundled, logger);
    }

    public ContentService(PackStore store) {
        this(store, List.of(), null);
    }

    ContentService(PackStore store, List<BundledPack> bundled, Logger logger) {
        this.store = store;
        this.bundled = List.copyOf(bundled);
        this.logger = logger;
    }

    @Override
    public List<InstalledPack> installed() throws ContentException {
        offerBundledPacks();
        return store.installed();
    }

    /**
     * The first time anything asks for content, the packs that ship with the product are installed:
     * a new user finds the starter library without being asked anything.
     */
    private synchronized void offerBundledPacks() throws ContentException {
        if (bundledOffered || bundled.isEmpty()) {
            return;
        }
        bundledOffered = true;
        for (String failure : new BundledPackOffers(store).offer(bundled)) {
            if (logger != null) {
                logger.error("A pack that ships with Sendero could not be installed: {}", failure);
            }
        }
    }

    @Override
    public InstallResult install(Path source, boolean force) throws ContentException {
        return store.install(source, force);
    }

    @Override
    public void remove(String packId) throws ContentException {
        store.remove(packId);
    }

    @Override
    public PackReport load(String packId) throws ContentException {
        offerBundledPacks();
        return store.load(packId);
    }

    @Override
    public InstallResult importDocuments(List<Path> documents) throws ContentException {
        return new LibraryImport(store).importDocuments(documents);
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
        if (Files.isDirectory(source)) {
            if (Files.isRegularFile(source.resolve(PackReader.PACK_FILE))) {
                return library.install(source, force);
            }
            return library.importDocuments(LibraryImport.documentsIn(source));
        }
        if (!Files.isRegularFile(source)) {
            throw ContentException.of(source.toString(), "no such file or folder");
        }
        if (LibraryImport.isDocument(source)) {
            return library.importDocuments(List.of(source));
        }
        return library.install(source, force);
    }
}
