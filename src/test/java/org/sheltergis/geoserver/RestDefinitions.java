package org.sheltergis.geoserver;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * GeoServer's own REST API definitions (Swagger 2.0, src/test/resources/geoserver-rest-api/, copied unchanged) as a
 * checker of requests and as the source of the stand-in's answers. Each file is read with swagger-parser and checked
 * with Atlassian's swagger-request-validator at every level it reports (unexpected query parameters included).
 *
 * <p>Where a request lives: most files give paths relative to {@code /rest}, some (security.yaml, one path of
 * styles.yaml) include {@code /rest} themselves and the GeoWebCache files are relative to {@code /gwc/rest}. A request
 * must match exactly one path template of one file, with its method; then its query, content type and body are
 * checked against that operation.
 *
 * <p>GeoServer's JSON bodies wrap the object in its type name ({@code {"workspace": {...}}}) while the definitions'
 * schemas describe the object inside. A wrapped body alone would pass any such schema (the wrapper is just an
 * undeclared property), so the object inside the wrapper is checked against the schema too.
 */
final class RestDefinitions {

    static final List<String> FILES = List.of(
            "workspaces",
            "namespaces",
            "settings",
            "owsservices",
            "datastores",
            "featuretypes",
            "layers",
            "styles",
            "layergroups",
            "security",
            "gwclayers",
            "gwcmasstruncate",
            "gwcseed");

    /** One definition file read with one base path. */
    record Api(String file, String base, OpenAPI model, OpenApiInteractionValidator validator) {}

    /** The operation a request matched. */
    record Match(Api api, String template, PathItem.HttpMethod method, Operation operation) {
        String name() {
            return method + " " + template + " (" + api.file() + ".yaml)";
        }

        /** The status codes the definition declares for this operation. */
        List<Integer> declared() {
            return operation.getResponses() == null
                    ? List.of()
                    : operation.getResponses().keySet().stream()
                            .filter(c -> c.matches("\\d{3}"))
                            .map(Integer::valueOf)
                            .sorted()
                            .toList();
        }

        Optional<ApiResponse> response(int status) {
            return Optional.ofNullable(operation.getResponses()).map(r -> r.get(String.valueOf(status)));
        }
    }

    /** A finding: the operation (or the request line when none matched), the validator's key and its message. */
    record Finding(String operation, String key, String message) {
        @Override
        public String toString() {
            return operation + ": [" + key + "] " + message;
        }
    }

    private static RestDefinitions instance;
    private final List<Api> apis = new ArrayList<>();

    static synchronized RestDefinitions load() {
        if (instance == null) {
            instance = new RestDefinitions();
        }
        return instance;
    }

    private RestDefinitions() {
        for (String file : FILES) {
            String text = resource("/geoserver-rest-api/" + file + ".yaml");
            // datastores.yaml has two tabs after a value upstream (see the folder's README); YAML forbids tabs there.
            // Stripping trailing whitespace in memory changes no value; the file itself stays as upstream wrote it.
            text = text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            var result = new OpenAPIParser().readContents(text, null, options);
            OpenAPI model = result.getOpenAPI();
            if (model == null || model.getPaths() == null) {
                throw new IllegalStateException(file + ".yaml does not parse: " + result.getMessages());
            }
            List<String> bases = file.startsWith("gwc") ? List.of("/gwc/rest") : List.of("/rest", "");
            for (String base : bases) {
                var validator = OpenApiInteractionValidator.createFor(model)
                        .withBasePathOverride(base.isEmpty() ? "/" : base)
                        // Everything the validator knows is an error, including a query parameter not declared.
                        .withLevelResolver(LevelResolver.create()
                                .withLevel(
                                        "validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                                .build())
                        .build();
                apis.add(new Api(file, base, model, validator));
            }
        }
    }

    /** Every operation whose path template (under its file's base) matches the path, with the method. */
    List<Match> matches(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        List<Match> found = new ArrayList<>();
        for (Api api : apis) {
            if (!bare.startsWith(api.base() + "/")) {
                continue;
            }
            String rest = bare.substring(api.base().length());
            api.model().getPaths().forEach((template, item) -> {
                if (pattern(template).matcher(rest).matches()) {
                    Operation op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
                    if (op != null) {
                        found.add(new Match(api, template, PathItem.HttpMethod.valueOf(method), op));
                    }
                }
            });
        }
        return found;
    }

    Match match(String method, String path) {
        List<Match> m = matches(method, path);
        if (m.size() != 1) {
            throw new AssertionError(method + " " + path + " matches " + m.size() + " operations of GeoServer's "
                    + "definitions: " + m.stream().map(Match::name).toList());
        }
        return m.get(0);
    }

    /** Everything the definitions find wrong with one request (empty: it is as they declare). */
    List<Finding> check(String method, String pathAndQuery, String contentType, String body) {
        List<Match> m = matches(method, pathAndQuery);
        if (m.size() != 1) {
            return List.of(new Finding(
                    method + " " + pathAndQuery,
                    "operation",
                    "matches " + m.size() + " operations: "
                            + m.stream().map(Match::name).toList()));
        }
        Match match = m.get(0);
        List<Finding> findings = new ArrayList<>();
        if (match.declared().stream().noneMatch(c -> c / 100 == 2)) {
            // Declared only to say it is refused (405 "use PUT" and the like).
            findings.add(new Finding(match.name(), "operation", "declares only " + match.declared()));
        }
        String checked = body;
        if (body != null && contentType != null && contentType.contains("json")) {
            JsonNode json = TestBodies.JSON.readTree(body);
            if (json.isObject()
                    && json.size() == 1
                    && json.properties().iterator().next().getValue().isObject()) {
                // The wrapper must be the name the definition gives the object; the object is what its schema checks.
                var wrapped = json.properties().iterator().next();
                String expected = wrapperName(match, contentType);
                if (expected != null && !expected.equalsIgnoreCase(wrapped.getKey())) {
                    findings.add(new Finding(
                            match.name(),
                            "wrapper",
                            "the body wraps its object in \"" + wrapped.getKey() + "\" but the definition names it \""
                                    + expected + "\""));
                }
                checked = TestBodies.JSON.writeValueAsString(wrapped.getValue());
            }
        }
        findings.addAll(validate(match, method, pathAndQuery, contentType, checked));
        return findings;
    }

    private List<Finding> validate(Match match, String method, String pathAndQuery, String contentType, String body) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        var b = new SimpleRequest.Builder(method, path);
        query(pathAndQuery).forEach(b::withQueryParam);
        if (contentType != null) {
            b.withContentType(contentType);
        }
        if (body != null) {
            b.withBody(body);
        }
        ValidationReport report = match.api().validator().validateRequest(b.build());
        return report.getMessages().stream()
                .filter(msg -> msg.getLevel() == ValidationReport.Level.ERROR)
                .map(msg -> new Finding(
                        match.name(),
                        msg.getKey(),
                        msg.getMessage()
                                + msg.getContext()
                                        .flatMap(c -> c.getParameter())
                                        .map(p -> " (parameter " + p.getName() + ")")
                                        .orElse("")))
                .toList();
    }

    /** The element name the definition gives the request body's object (its xml name, else its title). */
    private static String wrapperName(Match match, String contentType) {
        var body = match.operation().getRequestBody();
        if (body == null || body.getContent() == null) {
            return null;
        }
        var media = body.getContent().get(contentType);
        if (media == null || media.getSchema() == null) {
            return null;
        }
        var schema = media.getSchema();
        if (schema.get$ref() != null) {
            schema = match.api()
                    .model()
                    .getComponents()
                    .getSchemas()
                    .get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        if (schema == null) {
            return null;
        }
        if (schema.getXml() != null && schema.getXml().getName() != null) {
            return schema.getXml().getName();
        }
        return schema.getTitle();
    }

    static Map<String, List<String>> query(String pathAndQuery) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        int i = pathAndQuery.indexOf('?');
        if (i < 0) {
            return q;
        }
        for (String pair : pathAndQuery.substring(i + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            q.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return q;
    }

    /** Every operation of every file, for listing what the stand-in can answer. */
    TreeSet<String> operations() {
        TreeSet<String> all = new TreeSet<>();
        apis.forEach(a -> a.model()
                .getPaths()
                .forEach((t, item) -> item.readOperationsMap().keySet().forEach(m -> all.add(m + " " + a.base() + t))));
        return all;
    }

    private static Pattern pattern(String template) {
        // A template variable is one path segment; GeoWebCache layer names carry ':' and '.'.
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q"));
    }

    private static String resource(String name) {
        try (var in = RestDefinitions.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
