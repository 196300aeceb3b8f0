package org.sheltergis.geoserver;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** GeoServer's REST API over java.net.http, with basic authentication and a deadline on every request. */
class GeoServerRest {

    /** A request that got no usable answer: the message says why, for a person to act on. */
    static class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    record Answer(int status, String body) {}

    private final HttpClient client;
    private final String base;
    private final String authorization;
    private final Duration timeout;

    GeoServerRest(String url, String user, String password, Duration timeout) {
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String base() {
        return base;
    }

    Answer send(Request r) {
        HttpRequest.BodyPublisher body = r.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path()))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", r.path().startsWith("/gwc/") ? "application/xml" : "application/json")
                .method(r.method(), body);
        if (r.contentType() != null) {
            // Exactly the documented type, no charset parameter: GeoServer picks the style handler by this string.
            // Bodies are UTF-8 (JSON's default; the SLD files declare it in their XML prolog).
            b.header("Content-Type", r.contentType());
        }
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            throw new Failure("GeoServer gave no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new Failure("cannot connect to GeoServer at " + base + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (IOException e) {
            throw new Failure("the connection to GeoServer at " + base + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    /** What a failing status means for the person running the command. */
    static String explain(int status, String body, String user) {
        String detail = body == null || body.isBlank() ? "" : ": " + firstLine(body);
        return switch (status) {
            case 401 -> "GeoServer refused the user '" + user + "' (401 Unauthorized): check --user and --password";
            case 403 -> "the user '" + user + "' may not change this (403 Forbidden): use an administrator account";
            case 404 ->
                "GeoServer answered 404 Not Found: is --url the GeoServer root (…/geoserver) and is the REST "
                        + "API installed?" + detail;
            case 405 -> "GeoServer does not allow this method here (405)" + detail;
            default -> "GeoServer answered " + status + detail;
        };
    }

    private static String firstLine(String body) {
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
