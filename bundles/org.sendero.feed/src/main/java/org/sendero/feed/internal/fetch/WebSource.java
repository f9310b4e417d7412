package org.sendero.feed.internal.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendero.feed.FeedException;
import org.sendero.feed.FeedPack;
import org.sendero.feed.internal.index.FeedIndex;

/**
 * A feed on a web server. A download that is cut goes on from the bytes that arrived, with an HTTP
 * Range request; a server that ignores ranges sends the whole file again, which is accepted too.
 */
final class WebSource implements FeedSource {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final FeedLocation.Web location;
    private final Downloads downloads;

    WebSource(FeedLocation.Web location, Downloads downloads) {
        this.location = location;
        this.downloads = downloads;
    }

    @Override
    public FeedLocation location() {
        return location;
    }

    @Override
    public byte[] index() throws FeedException {
        String url = location.index();
        HttpResponse<InputStream> response = send(request(url).build(), url);
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new FeedException(url + ": the server answered " + response.statusCode()
                        + (response.statusCode() == 404 ? " (not found); is this a feed?" : ""));
            }
            byte[] bytes = in.readNBytes(FeedIndex.LARGEST_INDEX + 1);
            if (bytes.length > FeedIndex.LARGEST_INDEX) {
                throw new FeedException(url + ": too large to be a feed.json");
            }
            return bytes;
        } catch (IOException e) {
            throw new FeedException(url + ": the answer was cut (" + describe(e) + ")", e);
        }
    }

    @Override
    public void fetch(FeedPack pack, Path part) throws FeedException {
        String url = location.file(pack.file());
        long have;
        try {
            have = Files.exists(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            throw new FeedException(part + ": cannot read it: " + e.getMessage(), e);
        }
        if (have >= pack.size()) {
            // all of it arrived before; the checks after the download decide whether it is the right file
            return;
        }
        HttpRequest.Builder request = request(url);
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = send(request.build(), url);
        boolean append;
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 206 && have > 0 && startsAt(response).orElse(-1L) == have) {
                append = true;
            } else if (status == 200) {
                append = false;
            } else if (status == 416 || status == 206) {
                // the server's file is not the one the staged bytes came from: start again next time
                Files.deleteIfExists(part);
                throw new FeedException(url + ": the server did not go on from byte " + have
                        + "; run again to download it from the start");
            } else {
                throw new FeedException(url + ": the server answered " + status);
            }
            copy(in, part, append, pack.size() - (append ? have : 0), url, pack.size());
        } catch (IOException e) {
            throw new FeedException(url + ": " + describe(e), e);
        }
    }

    /** Copies at most one byte more than expected: enough to tell that the file is not the one listed. */
    private void copy(InputStream in, Path part, boolean append, long expected, String url, long size)
            throws FeedException, IOException {
        long copied = 0;
        long before = size - expected;
        try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
                Stall stall = new Stall(in, downloads.idle())) {
            byte[] buffer = new byte[64 * 1024];
            while (copied <= expected) {
                int read;
                try {
                    read = in.read(buffer, 0, (int) Math.min(buffer.length, expected + 1 - copied));
                } catch (IOException e) {
                    out.flush();
                    throw cut(url, stall.stalled() ? "nothing arrived for " + downloads.idle().toSeconds() + " s"
                            : describe(e), before + copied, size, e);
                }
                if (read < 0) {
                    if (stall.stalled()) {
                        throw cut(url, "nothing arrived for " + downloads.idle().toSeconds() + " s", before + copied,
                                size, null);
                    }
                    break;
                }
                out.write(buffer, 0, read);
                copied += read;
                stall.progressed();
            }
        }
    }

    private static FeedException cut(String url, String why, long arrived, long size, Throwable cause) {
        return new FeedException(url + ": the download was cut (" + why + ") after " + arrived + " of " + size
                + " bytes; run again to go on from there", cause);
    }

    private static Optional<Long> startsAt(HttpResponse<?> response) {
        Optional<String> range = response.headers().firstValue("Content-Range");
        if (range.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = CONTENT_RANGE.matcher(range.get().strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(downloads.answer()).GET()
                .header("User-Agent", "Sendero feed");
    }

    private HttpResponse<InputStream> send(HttpRequest request, String url) throws FeedException {
        try {
            return downloads.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FeedException(url + ": cannot reach it (" + describe(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(url + ": cancelled", e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof javax.net.ssl.SSLHandshakeException) {
            return "its certificate is not trusted by this computer's Java";
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
