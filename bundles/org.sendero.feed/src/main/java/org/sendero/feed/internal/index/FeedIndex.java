package org.sendero.feed.internal.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.sendero.core.content.PackVersion;
import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;

/**
 * feed.json: the packs of a feed with what a download is checked against.
 *
 * <pre>
 * { "format": 1, "packs": [ { "id": "...", "version": "1.2.0", "file": "x.sendero", "size": 123,
 *   "sha256": "hex", "signer": "SHA256:..." or null } ] }
 * </pre>
 *
 * A feed may come from anywhere, so everything is checked: a file name is a plain name in the feed
 * (never a path that could reach elsewhere), sizes are bounded, hashes are 64 hex digits.
 */
public record FeedIndex(List<FeedPack> packs) {

    public static final String FILE = "feed.json";
    public static final int FORMAT = 1;
    /** Far larger than any feed.json; a bigger answer is not one. */
    public static final int LARGEST_INDEX = 4 * 1024 * 1024;
    /** Far larger than any pack (the archive limits allow less once unpacked). */
    public static final long LARGEST_PACK = 2L * 1024 * 1024 * 1024;

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.sendero");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FINGERPRINT = Pattern.compile("SHA256:[A-Za-z0-9+/]{43}");
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .create();

    public FeedIndex {
        packs = List.copyOf(packs);
    }

    public static boolean isFingerprint(String text) {
        return text != null && FINGERPRINT.matcher(text).matches();
    }

    public byte[] json() {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        JsonArray array = new JsonArray();
        for (FeedPack pack : packs) {
            JsonObject entry = new JsonObject();
            entry.addProperty("id", pack.id());
            entry.addProperty("version", pack.version().toString());
            entry.addProperty("file", pack.file());
            entry.addProperty("size", pack.size());
            entry.addProperty("sha256", pack.sha256());
            entry.addProperty("signer", pack.signer().orElse(null));
            array.add(entry);
        }
        root.add("packs", array);
        return (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** @param shown the feed.json as the user knows it (path or URL), for messages */
    public static FeedIndex parse(byte[] bytes, String shown) throws FeedException {
        JsonElement tree;
        try {
            tree = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw new FeedException(shown + ": not JSON: " + e.getMessage());
        }
        if (!tree.isJsonObject() || !tree.getAsJsonObject().has("packs")
                || !tree.getAsJsonObject().get("packs").isJsonArray()) {
            throw new FeedException(shown + ": not a feed (no \"packs\" list); write it with: sendero feed build DIR");
        }
        JsonObject root = tree.getAsJsonObject();
        if (root.has("format") && !isInteger(root.get("format"), FORMAT)) {
            throw new FeedException(shown + ": feed format " + root.get("format")
                    + " is newer than this version of Sendero reads (" + FORMAT + ")");
        }
        List<FeedPack> packs = new ArrayList<>();
        Set<String> files = new HashSet<>();
        JsonArray array = root.getAsJsonArray("packs");
        for (int i = 0; i < array.size(); i++) {
            FeedPack pack = entry(array.get(i), shown + ": pack " + (i + 1));
            if (!files.add(pack.file())) {
                throw new FeedException(shown + ": " + pack.file() + " is listed twice");
            }
            packs.add(pack);
        }
        return new FeedIndex(packs);
    }

    private static boolean isInteger(JsonElement element, int value) {
        try {
            return element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()
                    && element.getAsBigDecimal().intValueExact() == value;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static FeedPack entry(JsonElement element, String where) throws FeedException {
        if (!element.isJsonObject()) {
            throw new FeedException(where + ": not an object");
        }
        JsonObject entry = element.getAsJsonObject();
        String id = text(entry, "id", where);
        if (!PACK_ID.matcher(id).matches()) {
            throw new FeedException(where + ": \"" + id + "\" is not a pack id");
        }
        String version = text(entry, "version", where);
        if (!PackVersion.isValid(version)) {
            throw new FeedException(where + " (" + id + "): \"" + version + "\" is not a MAJOR.MINOR.PATCH version");
        }
        String file = text(entry, "file", where);
        if (!FILE_NAME.matcher(file).matches()) {
            throw new FeedException(where + " (" + id + "): \"" + file
                    + "\" is not a plain .sendero file name in the feed");
        }
        long size = size(entry, where + " (" + id + ")");
        String sha256 = text(entry, "sha256", where);
        if (!SHA256.matcher(sha256).matches()) {
            throw new FeedException(where + " (" + id + "): sha256 must be 64 lowercase hex digits");
        }
        Optional<String> signer = Optional.empty();
        if (entry.has("signer") && !entry.get("signer").isJsonNull()) {
            String fingerprint = text(entry, "signer", where);
            if (!isFingerprint(fingerprint)) {
                throw new FeedException(where + " (" + id + "): signer \"" + fingerprint
                        + "\" is not a key fingerprint (SHA256:...)");
            }
            signer = Optional.of(fingerprint);
        }
        return new FeedPack(id, PackVersion.parse(version), file, size, sha256, signer);
    }

    private static String text(JsonObject entry, String key, String where) throws FeedException {
        JsonElement value = entry.get(key);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new FeedException(where + ": \"" + key + "\" is missing or not a text");
        }
        return value.getAsString();
    }

    private static long size(JsonObject entry, String where) throws FeedException {
        JsonElement value = entry.get("size");
        try {
            if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                long size = value.getAsBigDecimal().longValueExact();
                if (size > 0 && size <= LARGEST_PACK) {
                    return size;
                }
            }
        } catch (ArithmeticException e) {
            // not a whole number: said below
        }
        throw new FeedException(where + ": \"size\" must be a whole number of bytes, 1 to " + LARGEST_PACK);
    }
}
