package org.sheltergis.geoserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP server that answers as GeoServer's REST API is documented to: GET 200 or 404, POST to a collection
 * creates (201; a second POST of the same name is a 409 — GeoServer refuses duplicates), PUT updates what exists
 * (404 otherwise; settings and tile layers are created by PUT), DELETE removes. Creating a feature type also creates
 * its layer and, as GeoServer does by default, a tile cache. Every request is recorded.
 */
final class MockGeoServer implements AutoCloseable {

    record Recorded(String method, String path, String contentType, String body) {
        String line() {
            return method + " " + path + (contentType == null ? "" : "  [" + contentType + "]");
        }
    }

    final List<Recorded> requests = new ArrayList<>();
    final Set<String> existing = new LinkedHashSet<>();
    final Map<String, String> rules = new LinkedHashMap<>(Map.of("*.*.r", "*", "*.*.w", "*"));
    /** Forces an answer: returns a status for a request, or 0 to answer normally. */
    Function<Recorded, Integer> fault = r -> 0;
    /** Milliseconds to wait before answering a request (to provoke time-outs). */
    Function<Recorded, Integer> delay = r -> 0;
    private final HttpServer server;
    private final String authorization;

    MockGeoServer(String user, String password) throws IOException {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/geoserver/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/geoserver";
    }

    List<String> lines() {
        return requests.stream().map(Recorded::line).toList();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath().substring("/geoserver".length());
        String query = x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = x.getRequestHeaders().getFirst("Content-Type");
        Recorded r = new Recorded(x.getRequestMethod(), path + (query == null ? "" : "?" + query),
                type, body.isEmpty() ? null : body);
        synchronized (this) {
            requests.add(r);
        }
        try {
            Thread.sleep(delay.apply(r));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int forced = fault.apply(r);
        if (!authorization.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            answer(x, 401, "HTTP Status 401 – Unauthorized");
        } else if (forced != 0) {
            answer(x, forced, forced >= 500 ? "java.lang.RuntimeException: simulated failure" : "simulated");
        } else {
            answer(x, respond(r.method(), path, query, body), "");
        }
    }

    private synchronized int respond(String method, String path, String query, String body) {
        if (path.equals("/rest/security/acl/layers")) {
            return rule(method, body);
        }
        return switch (method) {
            case "GET" -> existing.contains(path) ? 200 : 404;
            case "POST" -> create(path, query, body);
            case "PUT" -> {
                if (path.endsWith("/settings") || path.startsWith("/gwc/")) {
                    yield existing.add(path) ? 201 : 200;
                }
                yield existing.contains(path) ? 200 : 404;
            }
            case "DELETE" -> existing.remove(path) ? 200 : 404;
            default -> 405;
        };
    }

    private int create(String path, String query, String body) {
        String name = query != null && query.startsWith("name=")
                ? URLDecoder.decode(query.substring(5), StandardCharsets.UTF_8)
                : Bodies.JSON.readTree(body).properties().iterator().next().getValue().get("name").asString();
        String created = path + "/" + name;
        if (!existing.add(created)) {
            return 409;
        }
        if (path.equals("/rest/workspaces")) {
            existing.add("/rest/namespaces/" + name);
        }
        if (path.endsWith("/featuretypes")) {
            String ws = path.split("/")[3];
            existing.add("/rest/workspaces/" + ws + "/layers/" + name);
            existing.add("/gwc/rest/layers/" + ws + ":" + name + ".xml");
        }
        return 201;
    }

    private int rule(String method, String body) {
        if (method.equals("GET")) {
            return 200;
        }
        JsonNode given = Bodies.JSON.readTree(body);
        for (var e : given.properties()) {
            boolean present = rules.containsKey(e.getKey());
            if (method.equals("POST") == present) {
                return 409;
            }
            rules.put(e.getKey(), e.getValue().asString());
        }
        return 200;
    }

    private void answer(HttpExchange x, int status, String text) throws IOException {
        String path = x.getRequestURI().getRawPath();
        if (status == 200 && x.getRequestMethod().equals("GET") && path.endsWith("/rest/security/acl/layers")) {
            text = Bodies.json(rules);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
