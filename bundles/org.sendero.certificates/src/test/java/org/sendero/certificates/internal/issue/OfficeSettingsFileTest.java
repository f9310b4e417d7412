package org.sendero.certificates.internal.issue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.certificates.CertificateException;
import org.sendero.certificates.OfficeSettings;
import org.sendero.certificates.Paper;
import org.sendero.certificates.testing.Offices;

class OfficeSettingsFileTest {

    @TempDir
    Path temp;

    @Test
    void theOfficeIsKeptAcrossRestartsAndClearedOnRequest() throws Exception {
        Path file = temp.resolve("certificates/office.properties");
        Path key = Offices.keyFile(temp, "office");
        OfficeSettings office = new OfficeSettings(" " + Offices.TAPACHULA + " ", key, "es", Paper.LETTER);
        OfficeSettingsFile.at(file).save(office);

        assertEquals(Optional.of(new OfficeSettings(Offices.TAPACHULA, key.toAbsolutePath(), "es", Paper.LETTER)),
                OfficeSettingsFile.at(file).settings());
        OfficeSettingsFile.at(file).clear();
        assertEquals(Optional.empty(), OfficeSettingsFile.at(file).settings());
        assertFalse(Files.exists(file));
    }

    @Test
    void anOfficeThatCouldNotSignIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = temp.resolve("office.properties");
        Path key = Offices.keyFile(temp, "office");
        OfficeSettingsFile settings = OfficeSettingsFile.at(file);

        assertThrows(CertificateException.class,
                () -> settings.save(new OfficeSettings("  ", key, "es", Paper.A4)));
        assertThrows(CertificateException.class,
                () -> settings.save(new OfficeSettings("Oficina", temp.resolve("missing.key"), "es", Paper.A4)));
        CertificateException language = assertThrows(CertificateException.class,
                () -> settings.save(new OfficeSettings("Oficina", key, "pt", Paper.A4)));
        assertTrue(language.getMessage().contains("en, es or fr"), language.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aFileEditedByHandIsReadOrRefusedNamingTheFileAndTheValue() throws Exception {
        Path file = temp.resolve("office.properties");
        Files.writeString(file, "office=Oficina de Migración\nkey=/keys/office.key\nlanguage=fr\npaper=legal\n",
                StandardCharsets.UTF_8);
        CertificateException paper = assertThrows(CertificateException.class,
                () -> OfficeSettingsFile.at(file).settings());
        assertEquals(file + ": paper must be a4 or letter", paper.getMessage());

        Files.writeString(file, "office=Oficina\nlanguage=fr\npaper=a4\n", StandardCharsets.UTF_8);
        CertificateException key = assertThrows(CertificateException.class,
                () -> OfficeSettingsFile.at(file).settings());
        assertEquals(file + ": 'key' is missing", key.getMessage());
    }
}
