package org.sendero.reports.internal.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sendero.content.ContentException;
import org.sendero.content.ContentLibrary;
import org.sendero.content.InstalledPack;
import org.sendero.core.content.Pack;
import org.sendero.reports.ReportBuilder;
import org.sendero.reports.ReportData;

/** Builds reports against the packs installed in the data folder, for their titles, order and guidance. */
@Component(service = ReportBuilder.class)
public final class ReportBuilderService implements ReportBuilder {

    private final ContentLibrary library;
    private final ReportAssembler assembler = new ReportAssembler();

    @Activate
    public ReportBuilderService(@Reference ContentLibrary library) {
        this.library = library;
    }

    @Override
    public ReportData build(List<Path> files, String language) {
        return assembler.build(files, installedPacks(), language);
    }

    /**
     * The installed packs that read without errors. A library that cannot be read leaves the report
     * without guidance titles, not without figures: the files alone give them.
     */
    private List<Pack> installedPacks() {
        List<Pack> packs = new ArrayList<>();
        try {
            for (InstalledPack installed : library.installed()) {
                try {
                    library.load(installed.info().id()).pack().ifPresent(packs::add);
                } catch (ContentException e) {
                    // this pack's items keep the titles the files carry
                }
            }
        } catch (ContentException e) {
            // no packs: titles come from the files
        }
        return packs;
    }
}
