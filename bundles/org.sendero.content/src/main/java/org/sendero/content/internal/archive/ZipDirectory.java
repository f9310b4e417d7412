package org.sendero.content.internal.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip file, read directly: java.util.zip does not expose an entry's
 * external attributes, which is where a symbolic link hides (Unix mode S_IFLNK). Only what the
 * safety checks need is read; extraction itself uses java.util.zip.
 */
final class ZipDirectory {

    /** One entry as the central directory declares it. */
    record Entry(String name, long compressedSize, long size, boolean symbolicLink, boolean directory) {
    }

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int UNIX = 3;
    private static final int TYPE_MASK = 0170000;
    private static final int SYMBOLIC_LINK = 0120000;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 65_535;

    private ZipDirectory() {
    }

    /** The declared entries; throws IOException with a readable reason when the file is not a zip. */
    static List<Entry> read(Path zip, int maxEntries) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < END_SIZE) {
                throw new IOException("not a pack archive (too short to be a zip file)");
            }
            int tail = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer end = read(channel, size - tail, tail);
            int at = -1;
            for (int i = tail - END_SIZE; i >= 0; i--) {
                if (end.getInt(i) == END_SIGNATURE) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new IOException("not a pack archive (no zip directory found)");
            }
            int count = Short.toUnsignedInt(end.getShort(at + 10));
            long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (count == 0xFFFF || directoryOffset == 0xFFFFFFFFL) {
                throw new IOException("zip64 archives are not accepted: a pack is far smaller");
            }
            if (count > maxEntries) {
                throw new IOException("too many entries: " + count + " (at most " + maxEntries + ")");
            }
            if (directoryOffset + directorySize > size) {
                throw new IOException("damaged archive: the zip directory lies outside the file");
            }
            ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
            List<Entry> entries = new ArrayList<>(count);
            int position = 0;
            for (int i = 0; i < count; i++) {
                if (position + 46 > directory.limit() || directory.getInt(position) != ENTRY_SIGNATURE) {
                    throw new IOException("damaged archive: entry " + (i + 1) + " of the zip directory is unreadable");
                }
                int madeBy = Short.toUnsignedInt(directory.getShort(position + 4)) >> 8;
                long compressed = Integer.toUnsignedLong(directory.getInt(position + 20));
                long uncompressed = Integer.toUnsignedLong(directory.getInt(position + 24));
                int nameLength = Short.toUnsignedInt(directory.getShort(position + 28));
                int extraLength = Short.toUnsignedInt(directory.getShort(position + 30));
                int commentLength = Short.toUnsignedInt(directory.getShort(position + 32));
                long external = Integer.toUnsignedLong(directory.getInt(position + 38));
                if (position + 46 + nameLength > directory.limit()) {
                    throw new IOException("damaged archive: entry " + (i + 1) + " has a name beyond the directory");
                }
                byte[] nameBytes = new byte[nameLength];
                directory.get(position + 46, nameBytes);
                String name = new String(nameBytes, StandardCharsets.UTF_8);
                int mode = (int) (external >>> 16);
                boolean link = madeBy == UNIX && (mode & TYPE_MASK) == SYMBOLIC_LINK;
                entries.add(new Entry(name, compressed, uncompressed, link, name.endsWith("/")));
                position += 46 + nameLength + extraLength + commentLength;
            }
            return entries;
        }
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("damaged archive: the file ends early");
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
