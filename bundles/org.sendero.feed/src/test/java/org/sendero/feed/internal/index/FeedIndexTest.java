package org.sendero.feed.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendero.core.content.PackVersion;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;

/** feed.json comes from anywhere: what it may name is checked before anything is fetched. */
class FeedIndexTest {

    private static final String HASH = "ab".repeat(32);

    private static String entry(String file, String size) {
        return "{\"packs\":[{\"id\":\"p\",\"version\":\"1.0.0\",\"file\":\"" + file + "\",\"size\":" + size
                + ",\"sha256\":\"" + HASH + "\",\"signer\":null}]}";
    }

    private static String refusal(String json) {
        return assertThrows(FeedException.class,
                () -> FeedIndex.parse(json.getBytes(StandardCharsets.UTF_8), "feed.json")).getMessage();
    }

    @Test
    void whatIsWrittenReadsBack() throws Exception {
        FeedPack pack = new FeedPack("refugee-law", PackVersion.parse("2.0.1"), "refugee-law-2.0.1.sendero", 1234, HASH,
                Optional.of("SHA256:" + "A".repeat(43)));
        assertEquals(List.of(pack), FeedIndex.parse(new FeedIndex(List.of(pack)).json(), "feed.json").packs());
    }

    @Test
    void aFileNameThatIsAPathOrNotAPackIsRefused() {
        assertTrue(refusal(entry("../../.bashrc.sendero", "10")).contains("not a plain .sendero file name"));
        assertTrue(refusal(entry("/etc/passwd", "10")).contains("not a plain .sendero file name"));
        assertTrue(refusal(entry("sub/p.sendero", "10")).contains("not a plain .sendero file name"));
        assertTrue(refusal(entry("p.exe", "10")).contains("not a plain .sendero file name"));
    }

    @Test
    void sizesAndHashesAreChecked() {
        assertTrue(refusal(entry("p.sendero", "-1")).contains("\"size\""));
        assertTrue(refusal(entry("p.sendero", "1e30")).contains("\"size\""));
        assertTrue(refusal(entry("p.sendero", "10").replace(HASH, "xyz")).contains("64 lowercase hex"));
        assertTrue(refusal("{\"format\": 2, \"packs\": []}").contains("newer than this version"));
        assertTrue(refusal("[1,2]").contains("not a feed"));
    }
}
