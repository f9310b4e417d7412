package org.sendero.feed.internal.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;
import org.sendero.feed.internal.index.FeedIndex;

/** A feed on a memory stick or a shared drive. A copy cut by a pulled stick goes on where it stopped. */
final class FolderSource implements FeedSource {

    private final FeedLocation.Folder location;

    FolderSource(FeedLocation.Folder location) {
        this.location = location;
    }

    @Override
    public FeedLocation location() {
        return location;
    }

    @Override
    public byte[] index() throws FeedException {
        Path file = Path.of(location.index());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(FeedIndex.LARGEST_INDEX + 1);
            if (bytes.length > FeedIndex.LARGEST_INDEX) {
                throw new FeedException(file + ": too large to be a feed.json");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new FeedException(file + ": no such file; is " + location.shown()
                    + " a feed? (write it with: sendero feed build DIR)", e);
        } catch (IOException e) {
            throw new FeedException(file + ": cannot read it: " + e.getMessage(), e);
        }
    }

    @Override
    public void fetch(FeedPack pack, Path part) throws FeedException {
        Path source = Path.of(location.file(pack.file()));
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long have = Math.min(out.size(), pack.size());
            out.truncate(have);
            out.position(have);
            // one byte past the declared size is enough to tell the file is not the one listed
            long wanted = pack.size() + 1 - have;
            try (InputStream stream = Channels.newInputStream(in.position(have))) {
                byte[] buffer = new byte[64 * 1024];
                long copied = 0;
                while (copied < wanted) {
                    int read = stream.read(buffer, 0, (int) Math.min(buffer.length, wanted - copied));
                    if (read < 0) {
                        break;
                    }
                    out.write(java.nio.ByteBuffer.wrap(buffer, 0, read));
                    copied += read;
                }
            }
            out.force(true);
        } catch (NoSuchFileException e) {
            throw new FeedException(source + ": listed in feed.json but not in the feed", e);
        } catch (IOException e) {
            throw new FeedException(source + ": the copy stopped (" + e.getMessage() + "); run again to go on", e);
        }
    }
}
