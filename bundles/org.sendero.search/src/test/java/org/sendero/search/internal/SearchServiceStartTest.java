package org.sendero.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.content.ContentLibrary;
import org.sendero.content.standalone.StandaloneContent;
import org.sendero.core.DataFolder;
import org.sendero.core.ProductInfo;
import org.sendero.core.SenderoEnvironment;
import org.sendero.search.IndexProgress;
import org.sendero.search.SearchException;
import org.sendero.search.SearchRequest;
import org.sendero.search.testing.Starter;

/** The service as the workbench gets it: its index opens on the index thread, not on the caller's. */
class SearchServiceStartTest {

    @TempDir
    Path temp;

    private SenderoEnvironment environment(Path data) {
        return new SenderoEnvironment() {
            @Override
            public ProductInfo product() {
                return ProductInfo.fromBundleVersion("Sendero", "1.0.0.202611270000");
            }

            @Override
            public DataFolder dataFolder() {
                return new DataFolder(data);
            }
        };
    }

    @Test
    void theIndexOpensInTheBackgroundAndAnswersOnceOpen() throws Exception {
        Path data = temp.resolve("data");
        ContentLibrary library = StandaloneContent.library(data.resolve("packs"));
        Path starter = temp.resolve("starter");
        try (Stream<Path> files = Files.walk(Starter.FOLDER)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(file, starter.resolve(Starter.FOLDER.relativize(file).toString()));
            }
        }
        library.install(starter, false);

        SearchService search = new SearchService(environment(data), library);
        try {
            search.update(IndexProgress.NONE);
            assertTrue(search.search(SearchRequest.of("trafficking")).total() > 0);
        } finally {
            search.deactivate();
        }
    }

    @Test
    void anIndexThatCannotOpenFailsEachUseWithTheReasonAndDoesNotFailTheService() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("index"), "not a folder");
        SearchService search = new SearchService(environment(data), StandaloneContent.library(data.resolve("packs")));
        try {
            SearchException failure = assertThrows(SearchException.class,
                    () -> search.search(SearchRequest.of("visa")));
            assertTrue(failure.getMessage().contains("index"), failure.getMessage());
            assertEquals(failure.getMessage(), assertThrows(SearchException.class,
                    () -> search.complete("vis", "en", 5)).getMessage());
        } finally {
            search.deactivate();
        }
    }
}
