package org.sendero.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;

import org.sendero.update.UpdateException;

/**
 * Copies files of a repository at an HTTPS address into a local folder, so that the signature is
 * checked on the very bytes p2 then reads, and p2 itself only ever reads local files. Plain HTTP
 * is accepted for this machine's own addresses only (a test server, a local mirror).
 */
final class RepositoryDownload {

    /** No single repository file is larger than this; a bigger answer is not a Sendero repository. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final URI base;
    private final HttpClient client;

    RepositoryDownload(URI base) throws UpdateException {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = "http".equals(scheme)
                && ("127.0.0.1".equals(base.getHost()) || "localhost".equals(base.getHost())
                        || "[::1]".equals(base.getHost()));
        if (!"https".equals(scheme) && !loopback) {
            throw new UpdateException(base + ": only https addresses (or a folder) are accepted");
        }
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text : text + "/");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Downloads {@code relative} into {@code target}; false when the server has no such file. */
    boolean fetch(String relative, Path target) throws UpdateException {
        URI address = base.resolve(relative);
        if (!address.toString().startsWith(base.toString())) {
            throw new UpdateException(address + ": outside the repository " + base);
        }
        HttpRequest request = HttpRequest.newBuilder(address).timeout(Duration.ofMinutes(5)).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 404) {
                    return false;
                }
                if (response.statusCode() != 200) {
                    throw new UpdateException(address + ": the server answered " + response.statusCode());
                }
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(target.getFileName() + ".part");
                try (InputStream bounded = new BoundedStream(body, MAX_FILE_BYTES, address)) {
                    Files.copy(bounded, part, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
        } catch (IOException e) {
            throw new UpdateException(address + ": cannot download it: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpdateException(address + ": the download was interrupted", e);
        }
    }

    URI base() {
        return base;
    }

    /** Stops reading once more than the limit has come, so a hostile server cannot fill the disk. */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private final long limit;
        private final URI address;
        private long count;

        BoundedStream(InputStream in, long limit, URI address) {
            super(in);
            this.limit = limit;
            this.address = address;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException(address + " is larger than " + limit + " bytes");
            }
        }
    }
}
