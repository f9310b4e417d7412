package org.sendero.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void theLaunchersDataOptionWinsOverTheEnvironment() {
        DataFolder folder = DataFolder.resolve(key -> DataFolder.PROPERTY.equals(key) ? "/srv/sendero" : null,
                Map.of(DataFolder.ENVIRONMENT, "/elsewhere"), HOME);
        assertEquals(Path.of("/srv/sendero"), folder.root());
    }

    @Test
    void theEnvironmentVariableWinsOverTheDefault() {
        DataFolder folder = DataFolder.resolve(key -> null, Map.of(DataFolder.ENVIRONMENT, "/data/office"), HOME);
        assertEquals(Path.of("/data/office"), folder.root());
    }

    @Test
    void blankSettingsFallBackToTheHomeFolder() {
        DataFolder folder = DataFolder.resolve(key -> "  ", Map.of(DataFolder.ENVIRONMENT, ""), HOME);
        assertEquals(Path.of("/home/ana/.sendero"), folder.root());
    }

    @Test
    void namesItsSubfoldersInsideTheRoot() {
        DataFolder folder = new DataFolder(Path.of("/d/../data"));
        assertEquals(Path.of("/data"), folder.root());
        assertEquals(Path.of("/data/packs"), folder.packs());
        assertEquals(Path.of("/data/index"), folder.index());
        assertEquals(Path.of("/data/progress.db"), folder.progressDatabase());
        assertEquals(Path.of("/data/logs"), folder.logs());
    }
}
