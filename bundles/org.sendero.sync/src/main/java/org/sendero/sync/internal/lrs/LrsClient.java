package org.sendero.sync.internal.lrs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.SSLException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.sendero.sync.SyncProblem;
import org.sendero.sync.SyncProblem.Kind;

/**
 * Talks xAPI 1.0.3 to one Learning Record Store with the JDK's HTTP client: POST and GET of
 * {@code statements} with Basic auth. The authorization header is built once and never logged or
 * put in a message.
 */
public final class LrsClient {

    public static final String VERSION_HEADER = "X-Experience-API-Version";
    public static final String VERSION = "1.0.3";

    private final URI endpoint;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param endpoint the xAPI address, ending with {@code /}
     * @param timeout for connecting and for each answer
     */
    public LrsClient(URI endpoint, String key, char[] secret, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        byte[] credentials = (key + ":" + new String(secret)).getBytes(StandardCharsets.UTF_8);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI statements() {
        return endpoint.resolve("statements");
    }

    public LrsAnswer post(List<JsonObject> statements) {
        JsonArray body = new JsonArray(statements.size());
        statements.forEach(body::add);
        HttpRequest request = request(statements())
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new LrsAnswer.Stored();
            }
            if (status == 409) {
                return new LrsAnswer.Conflict(message(response));
            }
            return new LrsAnswer.Failed(problem(response));
        } catch (IOException e) {
            return new LrsAnswer.Failed(problem(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LrsAnswer.Failed(new SyncProblem(Kind.UNREACHABLE, "interrupted"));
        }
    }

    /** One page of a GET: the statements and the {@code more} link, resolved, when there is one. */
    public record Page(List<JsonObject> statements, java.util.Optional<URI> more) {
    }

    public Page get(URI address) throws LrsException {
        HttpRequest request = request(address).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LrsException(problem(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsException(new SyncProblem(Kind.UNREACHABLE, "interrupted"));
        }
        if (response.statusCode() != 200) {
            throw new LrsException(problem(response));
        }
        try {
            JsonObject result = JsonParser.parseString(response.body()).getAsJsonObject();
            List<JsonObject> statements = result.getAsJsonArray("statements").asList().stream()
                    .map(JsonElement::getAsJsonObject).toList();
            JsonElement more = result.get("more");
            java.util.Optional<URI> next = more == null || more.isJsonNull() || more.getAsString().isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(address.resolve(more.getAsString()));
            return new Page(statements, next);
        } catch (JsonParseException | IllegalStateException | NullPointerException | ClassCastException e) {
            throw new LrsException(new SyncProblem(Kind.UNEXPECTED_ANSWER,
                    address.getPath() + " did not answer with a statement result"));
        }
    }

    private HttpRequest.Builder request(URI address) {
        return HttpRequest.newBuilder(address).timeout(timeout).header(VERSION_HEADER, VERSION)
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private static SyncProblem problem(HttpResponse<String> response) {
        int status = response.statusCode();
        String said = status + " " + message(response);
        if (status == 401 || status == 403) {
            return new SyncProblem(Kind.CREDENTIALS_REFUSED, said.strip());
        }
        if (status >= 500) {
            return new SyncProblem(Kind.SERVER_ERROR, said.strip());
        }
        return new SyncProblem(Kind.UNEXPECTED_ANSWER, (said + " from " + response.uri()).strip());
    }

    private SyncProblem problem(IOException e) {
        String host = endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort());
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return new SyncProblem(Kind.TIMEOUT, host + ", " + timeout.toSeconds() + " s");
        }
        if (e instanceof SSLException || e.getCause() instanceof SSLException) {
            return new SyncProblem(Kind.UNTRUSTED_CERTIFICATE, host);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException) {
            return new SyncProblem(Kind.UNREACHABLE, host);
        }
        return new SyncProblem(Kind.UNREACHABLE, host + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()));
    }

    /** The message of an xAPI error body ({@code {"message": ...}}), else the start of the body. */
    static String message(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        try {
            JsonElement parsed = JsonParser.parseString(body);
            if (parsed.isJsonObject() && parsed.getAsJsonObject().has("message")) {
                return parsed.getAsJsonObject().get("message").getAsString();
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // not JSON: the text itself
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
