package org.sendero.content.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.BundledPack;
import org.sendero.content.ContentException;
import org.sendero.content.InstalledPack;
import org.sendero.content.testing.TestPacks;
import org.sendero.core.content.PackVersion;

class BundledPackOffersTest {

    @TempDir
    Path temp;

    /** A pack shipped with the product: the small valid test pack at a given version. */
    private BundledPack shipped(String version) {
        return new BundledPack() {
            @Override
            public String packId() {
                return "test-pack";
            }

            @Override
            public PackVersion version() {
                return PackVersion.parse(version);
            }

            @Override
            public void copyTo(Path target) throws IOException {
                Path source = TestPacks.validPack(Files.createTempDirectory(temp, "source"), version);
                try (var files = Files.list(source)) {
                    for (Path file : files.toList()) {
                        TestPacks.copyTree(file, target.resolve(file.getFileName().toString()));
                    }
                }
            }
        };
    }

    private PackStore store() {
        return new PackStore(temp.resolve("packs"));
    }

    private List<String> installedVersions(PackStore store) throws ContentException {
        return store.installed().stream().map(InstalledPack::info).map(info -> info.id() + " " + info.version())
                .toList();
    }

    @Test
    void aShippedPackIsInstalledOnFirstStartAndOnlyOnce() throws Exception {
        PackStore store = store();
        BundledPackOffers.Offered first = new BundledPackOffers(store).offer(List.of(shipped("1.0.0")));
        assertEquals(new BundledPackOffers.Offered(List.of("test-pack"), List.of()), first);
        assertEquals(List.of("test-pack 1.0.0"), installedVersions(store));

        Path installed = store.current("test-pack").orElseThrow();
        assertEquals(List.of(), new BundledPackOffers(store).offer(List.of(shipped("1.0.0"))).failures());
        assertEquals(installed, store.current("test-pack").orElseThrow(), "the second start installs nothing");
        try (var leftovers = Files.list(store.root())) {
            assertTrue(leftovers.noneMatch(path -> path.getFileName().toString().startsWith(".bundled-copy")));
        }
    }

    @Test
    void aPackTheUserRemovedStaysRemovedUntilANewerVersionShips() throws Exception {
        PackStore store = store();
        new BundledPackOffers(store).offer(List.of(shipped("1.0.0"))).failures();
        store.remove("test-pack");

        new BundledPackOffers(store).offer(List.of(shipped("1.0.0"))).failures();
        assertEquals(List.of(), installedVersions(store));

        new BundledPackOffers(store).offer(List.of(shipped("1.1.0"))).failures();
        assertEquals(List.of("test-pack 1.1.0"), installedVersions(store));
    }

    @Test
    void aNewerInstalledVersionIsNotReplacedByAnOlderShippedOne() throws Exception {
        PackStore store = store();
        store.install(TestPacks.validPack(temp, "2.0.0"), false);
        assertEquals(List.of(), new BundledPackOffers(store).offer(List.of(shipped("1.0.0"))).failures());
        assertEquals(List.of("test-pack 2.0.0"), installedVersions(store));
    }

    @Test
    void aShippedPackThatCannotBeCopiedIsReportedAndOfferedAgainNextTime() throws Exception {
        PackStore store = store();
        BundledPack broken = new BundledPack() {
            @Override
            public String packId() {
                return "test-pack";
            }

            @Override
            public PackVersion version() {
                return PackVersion.parse("1.0.0");
            }

            @Override
            public void copyTo(Path target) throws IOException {
                throw new IOException("disk full");
            }
        };
        List<String> failures = new BundledPackOffers(store).offer(List.of(broken)).failures();
        assertEquals(List.of("test-pack@1.0.0: disk full"), failures);
        assertEquals(List.of(), installedVersions(store));

        assertEquals(List.of(), new BundledPackOffers(store).offer(List.of(shipped("1.0.0"))).failures());
        assertEquals(List.of("test-pack 1.0.0"), installedVersions(store));
    }
}
