package org.sheltergis.geoserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for GeoServer whose answers come from GeoServer's own REST API definitions: each request is matched
 * to its operation in src/test/resources/geoserver-rest-api/, the stand-in decides what happened (created, updated,
 * found, missing, a duplicate), and the status is the one that operation declares for it — the 2xx it lists (201 on
 * create, with Location when it declares that header), 404 or 409 — and 405 where the operation is declared only to
 * be refused. Where GeoServer answers something the definition does not declare (most GETs list only 200, yet a
 * missing resource is a 404), the stand-in still answers as GeoServer does and records it in {@link #undeclared}, so
 * tests can tell. It keeps what was sent, so GETs read back the published bodies, layer lists and the public
 * workspace's WMS capabilities (generated from the layers published there). Every request is recorded.
 */
final class MockGeoServer implements AutoCloseable {

    record Recorded(String method, String path, String contentType, String body) {
        String line() {
            return method + " " + path + (contentType == null ? "" : "  [" + contentType + "]");
        }
    }

    /** What happened to a request, before the definitions say which status that is. */
    enum Outcome {
        FOUND,
        CREATED,
        UPDATED,
        MISSING,
        DUPLICATE
    }

    final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
    /** Resource path → the body it was last written with (null when GeoServer made it on its own). */
    final Map<String, String> existing = Collections.synchronizedMap(new LinkedHashMap<>());

    final Map<String, String> rules = new LinkedHashMap<>(Map.of("*.*.r", "*", "*.*.w", "*"));
    /** Answers GeoServer gives that the matched operation does not declare: "METHOD template → status". */
    final Set<String> undeclared = Collections.synchronizedSet(new java.util.TreeSet<>());
    /** Forces an answer: returns a status for a request, or 0 to answer normally. */
    Function<Recorded, Integer> fault = r -> 0;
    /** Milliseconds to wait before answering a request (to provoke time-outs). */
    Function<Recorded, Integer> delay = r -> 0;

    private final HttpServer server;
    private final String authorization;
    private final RestDefinitions definitions = RestDefinitions.load();

    MockGeoServer(String user, String password) throws IOException {
        this(user, password, 0);
    }

    MockGeoServer(String user, String password, int port) throws IOException {
        authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/geoserver/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/geoserver";
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<String> lines() {
        synchronized (requests) {
            return requests.stream().map(Recorded::line).toList();
        }
    }

    Set<String> paths() {
        synchronized (existing) {
            return Set.copyOf(existing.keySet());
        }
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath().substring("/geoserver".length());
        String query = x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String type = x.getRequestHeaders().getFirst("Content-Type");
        Recorded r = new Recorded(
                x.getRequestMethod(), path + (query == null ? "" : "?" + query), type, body.isEmpty() ? null : body);
        requests.add(r);
        try {
            // A slow GeoServer, on purpose (zero unless a test asks): timeouts and queueing are what is tested.
            Thread.sleep(delay.apply(r));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int forced = fault.apply(r);
        if (!authorization.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            answer(x, 401, "HTTP Status 401 – Unauthorized", null);
        } else if (forced != 0) {
            answer(x, forced, forced >= 500 ? "java.lang.RuntimeException: simulated failure" : "simulated", null);
        } else if (path.endsWith("/wms") && r.method().equals("GET")) {
            answer(x, 200, capabilities(path.substring(1, path.length() - "/wms".length())), "text/xml");
        } else {
            respond(x, r.method(), path, query, body);
        }
    }

    private synchronized void respond(HttpExchange x, String method, String path, String query, String body)
            throws IOException {
        RestDefinitions.Match op = definitions.match(method, path);
        if (op.declared().stream().noneMatch(c -> c / 100 == 2)) {
            answer(x, op.declared().contains(405) ? 405 : op.declared().get(0), "", null);
            return;
        }
        String created = null;
        String text = "";
        Outcome outcome;
        if (path.equals("/rest/security/acl/layers")) {
            outcome = rule(method, body);
            text = method.equals("GET") ? TestBodies.BODIES.json(rules) : "";
        } else if (path.equals(TileTruncations.PATH)) {
            outcome = Outcome.FOUND;
        } else {
            switch (method) {
                case "GET" -> {
                    String stored = stored(path);
                    outcome = stored != null ? Outcome.FOUND : Outcome.MISSING;
                    text = stored != null ? stored : listing(path);
                    if (text != null && stored == null) {
                        outcome = Outcome.FOUND;
                    }
                }
                case "POST" -> {
                    created = path + "/" + name(query, body);
                    outcome = existing.containsKey(created) ? Outcome.DUPLICATE : Outcome.CREATED;
                    if (outcome == Outcome.CREATED) {
                        create(path, created, body);
                    }
                }
                case "PUT" -> {
                    boolean createdByPut = path.endsWith("/settings") || path.startsWith("/gwc/");
                    if (existing.containsKey(path) || createdByPut) {
                        outcome = existing.containsKey(path) ? Outcome.UPDATED : Outcome.CREATED;
                        existing.put(path, body);
                    } else {
                        outcome = Outcome.MISSING;
                    }
                }
                case "DELETE" -> {
                    outcome = existing.containsKey(path) ? Outcome.UPDATED : Outcome.MISSING;
                    existing.remove(path);
                }
                default -> throw new AssertionError(method);
            }
        }
        int status = status(op, outcome);
        String location = created != null
                        && status == 201
                        && op.response(201)
                                .map(resp -> resp.getHeaders() != null
                                        && resp.getHeaders().containsKey("Location"))
                                .orElse(false)
                ? url() + created
                : null;
        answer(
                x,
                status,
                outcome == Outcome.MISSING ? "No such resource: " + path : text == null ? "" : text,
                location);
    }

    /** The status the operation declares for the outcome; an undeclared one is answered as GeoServer does, and noted. */
    private int status(RestDefinitions.Match op, Outcome outcome) {
        List<Integer> declared = op.declared();
        int status = switch (outcome) {
            case CREATED -> declared.contains(201) ? 201 : lowest2xx(declared);
            case FOUND, UPDATED -> lowest2xx(declared);
            case MISSING -> 404;
            case DUPLICATE -> 409;
        };
        if (!declared.contains(status)) {
            undeclared.add(op.method() + " " + op.template() + " → " + status);
        }
        return status;
    }

    private static int lowest2xx(List<Integer> declared) {
        return declared.stream().filter(c -> c / 100 == 2).findFirst().orElseThrow();
    }

    private String stored(String path) {
        if (existing.containsKey(path)) {
            String b = existing.get(path);
            return b == null ? "{}" : b;
        }
        if (path.endsWith(".sld") && existing.containsKey(path.substring(0, path.length() - 4))) {
            return existing.get(path.substring(0, path.length() - 4));
        }
        return null;
    }

    /** A collection GET (…/layers): the names below it, in GeoServer's list form. */
    private String listing(String path) {
        if (!path.matches("/rest/workspaces/[^/]+/layers")) {
            return null;
        }
        List<Map<String, Object>> names = new ArrayList<>();
        for (String p : paths()) {
            if (p.startsWith(path + "/")) {
                names.add(Bodies.map("name", p.substring(path.length() + 1)));
            }
        }
        return TestBodies.BODIES.json(Bodies.map("layers", names.isEmpty() ? "" : Bodies.map("layer", names)));
    }

    private static String name(String query, String body) {
        return query != null && query.startsWith("name=")
                ? URLDecoder.decode(query.substring(5), StandardCharsets.UTF_8)
                : TestBodies.JSON
                        .readTree(body)
                        .properties()
                        .iterator()
                        .next()
                        .getValue()
                        .get("name")
                        .asString();
    }

    private void create(String collection, String created, String body) {
        existing.put(created, body);
        if (collection.equals("/rest/workspaces")) {
            existing.put("/rest/namespaces/" + created.substring(collection.length() + 1), null);
        }
        if (collection.endsWith("/featuretypes")) {
            // As GeoServer does: the feature type's layer, and by default a tile cache for it.
            String ws = collection.split("/")[3];
            String name = created.substring(collection.length() + 1);
            existing.putIfAbsent("/rest/workspaces/" + ws + "/layers/" + name, null);
            existing.putIfAbsent("/gwc/rest/layers/" + ws + ":" + name + ".xml", null);
        }
    }

    private Outcome rule(String method, String body) {
        if (method.equals("GET")) {
            return Outcome.FOUND;
        }
        JsonNode given = TestBodies.JSON.readTree(body);
        for (var e : given.properties()) {
            boolean present = rules.containsKey(e.getKey());
            if (method.equals("POST") == present) {
                return Outcome.DUPLICATE;
            }
            rules.put(e.getKey(), e.getValue().asString());
        }
        return Outcome.UPDATED;
    }

    /** WMS 1.3.0 capabilities of a workspace's virtual service: its advertised layers and groups. */
    private String capabilities(String workspace) {
        StringBuilder layers = new StringBuilder();
        for (String p : paths()) {
            String prefix = "/rest/workspaces/" + workspace + "/";
            if (p.startsWith(prefix + "layers/") || p.startsWith(prefix + "layergroups/")) {
                String name = p.substring(p.lastIndexOf('/') + 1);
                layers.append("<Layer queryable=\"1\"><Name>")
                        .append(name)
                        .append("</Name><Title>")
                        .append(name)
                        .append("</Title></Layer>");
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><WMS_Capabilities version=\"1.3.0\" "
                + "xmlns=\"http://www.opengis.net/wms\"><Service><Name>WMS</Name></Service><Capability><Layer>"
                + "<Title>" + workspace + "</Title>" + layers + "</Layer></Capability></WMS_Capabilities>";
    }

    private void answer(HttpExchange x, int status, String text, String locationOrType) throws IOException {
        if (locationOrType != null && locationOrType.startsWith("http")) {
            x.getResponseHeaders().add("Location", locationOrType);
        } else if (locationOrType != null) {
            x.getResponseHeaders().add("Content-Type", locationOrType);
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
