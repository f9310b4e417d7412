package org.sendero.update.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendero.update.UpdateException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A repository at a web address: its signed index is downloaded into a local folder and checked
 * there, so p2 reads only the checked copy; one changed on the server is refused.
 */
class TrustedRepositoryTest {

    @TempDir
    Path served;
    @TempDir
    Path install;
    @TempDir
    Path staging;

    private HttpServer server;
    private KeyPair productKey;
    private UpdateKeys trusted;

    @BeforeEach
    void signedRepositoryOnALocalServer() throws Exception {
        productKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(served.resolve("content.jar"), "content index");
        Files.writeString(served.resolve("artifacts.jar"), "artifacts index");
        IndexSignature.sign(served, productKey);
        Files.writeString(install.resolve(UpdateKeys.FILE_NAME),
                UpdateKeys.line(productKey.getPublic(), "test") + "\n");
        trusted = UpdateKeys.of(install);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sendero/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        Path file = served.resolve(exchange.getRequestURI().getPath().substring("/sendero/".length()));
        if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sendero/";
    }

    @Test
    void theSignedIndexIsCopiedAndCheckedBeforeAnythingElse() throws Exception {
        TrustedRepository repository = TrustedRepository.open(address(), trusted, staging);

        assertEquals(staging, repository.folder());
        assertEquals(UpdateKeys.fingerprint(productKey.getPublic()), repository.signer());
        assertEquals("content index", Files.readString(staging.resolve("content.jar"), StandardCharsets.UTF_8));
        assertTrue(repository.remote().isPresent());
    }

    @Test
    void anIndexChangedOnTheServerIsRefused() throws Exception {
        Files.writeString(served.resolve("artifacts.jar"), "artifacts index of something else");
        UpdateException e = assertThrows(UpdateException.class,
                () -> TrustedRepository.open(address(), trusted, staging));
        assertTrue(e.getMessage().contains("artifacts.jar: changed after the repository was signed"), e.getMessage());
    }

    @Test
    void aServerWithoutSignatureIsRefused() throws Exception {
        Files.delete(served.resolve(IndexSignature.FILE_NAME));
        UpdateException e = assertThrows(UpdateException.class,
                () -> TrustedRepository.open(address(), trusted, staging));
        assertTrue(e.getMessage().contains("only signed repositories are accepted"), e.getMessage());
    }

    @Test
    void plainHttpToAnotherMachineIsRefused() {
        UpdateException e = assertThrows(UpdateException.class,
                () -> TrustedRepository.open("http://updates.example.org/sendero/", trusted, staging));
        assertTrue(e.getMessage().contains("only https addresses"), e.getMessage());
    }
}
