package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every request the publisher sends — in a first publish, a second one and a --public-only one — checked against
 * GeoServer's own REST API definitions (path and method, query parameters, content type, body) by
 * swagger-request-validator. The definitions are known to lag behind GeoServer in places (their README): each such
 * place is listed in {@link #KNOWN} with the reason, matched exactly, and must still occur (a stale entry fails).
 * Nothing else is tolerated.
 */
class GeoServerDefinitionsTest {

    /** A place where GeoServer's definition is wrong or incomplete: the finding it causes and why we trust GeoServer. */
    record Known(String operations, String key, String fragment, String reason) {
        /** operations: one or more "METHOD /template (file.yaml)" separated by " | ". */
        boolean covers(RestDefinitions.Finding f) {
            return List.of(operations.split(" \\| ")).contains(f.operation())
                    && f.key().equals(key)
                    && f.message().contains(fragment);
        }
    }

    static final List<Known> KNOWN = List.of(
            new Known(
                    "GET /workspaces/{workspaceName} (workspaces.yaml)",
                    "validation.request.parameter.query.unexpected",
                    "quietOnNotFound",
                    "GeoServer's REST layer honours quietOnNotFound on every catalog GET (REST user "
                            + "guide, 'quietOnNotFound'); only datastores.yaml and featuretypes.yaml declare it"),
            new Known(
                    "GET /rest/workspaces/{workspace}/styles/{style} (styles.yaml)",
                    "validation.request.parameter.query.unexpected",
                    "quietOnNotFound",
                    "as for workspaces"),
            new Known(
                    "GET /workspaces/{workspace}/layergroups/{layergroup} (layergroups.yaml)",
                    "validation.request.parameter.query.unexpected",
                    "quietOnNotFound",
                    "as for workspaces"),
            new Known(
                    "PUT /namespaces/{namespaceName} (namespaces.yaml)",
                    "validation.request.body.unexpected",
                    "",
                    "the operation 'takes the body of the put' (its own description) but declares no body parameter"),
            new Known(
                    "PUT /workspaces/{workspace}/settings (settings.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    "[\"addressCity\",\"addressCountry\","
                            + "\"contactEmail\",\"contactOrganization\",\"contactPerson\",\"contactPosition\",\"contactVoice\"]",
                    "the contact schema of workspace settings lists none of GeoServer's ContactInfo fields, which "
                            + "/settings/contact in the same file declares"),
            new Known(
                    "PUT /services/wms/workspaces/{workspace}/settings (owsservices.yaml)",
                    "validation.request.body.schema.type",
                    "[Path '/workspace']",
                    "GeoServer's WMSInfo JSON references "
                            + "its workspace as an object {\"name\": …} (what GET returns); the definition types it as a string"),
            new Known(
                    "PUT /services/wms/workspaces/{workspace}/settings (owsservices.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    "[\"bboxForEachCRS\",\"srs\"]",
                    "srs (the advertised CRS list) and bboxForEachCRS are WMSInfo fields the definition omits"),
            new Known(
                    "POST /workspaces/{workspaceName}/datastores (datastores.yaml) | "
                            + "PUT /workspaces/{workspaceName}/datastores/{storeName} (datastores.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    "[\"type\"]",
                    "type is a DataStoreInfo field (\"PostGIS\") the definition omits"),
            new Known(
                    "POST /workspaces/{workspaceName}/datastores (datastores.yaml) | "
                            + "PUT /workspaces/{workspaceName}/datastores/{storeName} (datastores.yaml)",
                    "validation.request.body.schema.type",
                    "[Path '/connectionParameters']",
                    "the schema declares an array of key/value objects but the "
                            + "file's own examples, and GeoServer, use {\"entry\": [{\"@key\": …, \"$\": …}]}"),
            new Known(
                    "POST /workspaces/{workspaceName}/datastores/{storeName}/featuretypes (featuretypes.yaml) | PUT "
                            + "/workspaces/{workspaceName}/datastores/{storeName}/featuretypes/{featureTypeName} (featuretypes.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    "[\"enabled\",\"projectionPolicy\"]",
                    "enabled and projectionPolicy (FORCE_DECLARED: the views are EPSG:4326) are FeatureTypeInfo fields "
                            + "the definition omits"),
            new Known(
                    "PUT /workspaces/{workspaceName}/layers/{layerName} (layers.yaml)",
                    "validation.request.parameter.schema.invalidJson",
                    "(parameter workspaceName)",
                    "the path parameter workspaceName of this PUT has no type, so it is read as JSON"),
            new Known(
                    "PUT /workspaces/{workspaceName}/layers/{layerName} (layers.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    "[\"advertised\",\"enabled\",\"queryable\"]",
                    "advertised, enabled and queryable are LayerInfo fields the definition omits"),
            new Known(
                    "POST /workspaces/{workspace}/layergroups (layergroups.yaml) | "
                            + "PUT /workspaces/{workspace}/layergroups/{layergroup} (layergroups.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    "[\"@type\"]",
                    "GeoServer tells a layer from a nested group by \"@type\" in publishables (what GET returns)"),
            new Known(
                    "POST /rest/security/acl/layers (security.yaml) | PUT /rest/security/acl/layers (security.yaml)",
                    "validation.request.body.schema.additionalProperties",
                    ".*.",
                    "the schema describes the XML form (<rules><rule resource=…>); GeoServer's JSON form is a "
                            + "flat object rule → roles, as in the REST user guide and what GET answers"));

    static final Known TRUNCATION_GAP = new Known(
            "POST /masstruncate (gwcmasstruncate.yaml)",
            "validation.request.body.unexpected",
            "",
            "GeoWebCache's mass truncation reads the request from the XML "
                    + "body (<truncateExtent>/<truncateLayer>, as in GeoWebCache's REST guide and its TruncateBboxRequest); "
                    + "the definition declares only the query parameters requestType and layer (which are sent as well)");

    static boolean knownTruncationGap(RestDefinitions.Finding f) {
        return TRUNCATION_GAP.covers(f);
    }

    @TempDir
    Path dir;

    MockGeoServer geoserver;
    String styles;
    final RestDefinitions definitions = RestDefinitions.load();

    @BeforeEach
    void start() throws Exception {
        geoserver = new MockGeoServer("admin", "geoserver-secret");
        styles = CommandRun.minimalStyles(dir).toString();
    }

    @AfterEach
    void stop() {
        geoserver.close();
    }

    @Test
    void everyRequestOfEveryPublishIsAsGeoServersDefinitionsDeclare() {
        List<RestDefinitions.Finding> findings = new ArrayList<>();
        findings.addAll(publishAndCheck("first publish"));
        findings.addAll(publishAndCheck("second publish"));
        assertThat(geoserver.requests)
                .noneMatch(r -> r.method().equals("POST") && r.path().startsWith("/rest/workspaces/"));
        geoserver.close();
        geoserver = restart();
        findings.addAll(publishAndCheck("public-only publish", "--public-only"));

        List<RestDefinitions.Finding> unexplained = findings.stream()
                .filter(f -> KNOWN.stream().noneMatch(k -> k.covers(f)))
                .toList();
        assertThat(unexplained)
                .as("requests GeoServer's definitions reject, without a known reason")
                .isEmpty();
        Set<Known> used = new LinkedHashSet<>();
        findings.forEach(f -> KNOWN.stream().filter(k -> k.covers(f)).forEach(used::add));
        assertThat(KNOWN)
                .as("known definition errors that no request meets any more (remove them)")
                .allMatch(used::contains);
    }

    @Test
    void theCheckerRejectsWhatGeoServerWouldReject() {
        // A wrong path, a wrong method, a wrong type in a body and an undeclared parameter are all caught.
        assertThat(definitions.check("POST", "/rest/workspace", "application/json", "{\"workspace\":{\"name\":\"x\"}}"))
                .extracting(RestDefinitions.Finding::key)
                .containsExactly("operation");
        assertThat(definitions.check("DELETE", "/rest/workspaces", null, null))
                .extracting(RestDefinitions.Finding::key)
                .containsExactly("operation");
        assertThat(definitions.check("POST", "/rest/workspaces", "application/json", "{\"workspace\":{\"name\":7}}"))
                .extracting(RestDefinitions.Finding::key)
                .contains("validation.request.body.schema.type");
        assertThat(definitions.check("POST", "/rest/workspaces", "application/json", "{\"workspace\":{\"nam\":\"x\"}}"))
                .extracting(RestDefinitions.Finding::key)
                .contains("validation.request.body.schema.additionalProperties");
        assertThat(definitions.check(
                        "POST", "/rest/workspaces", "application/json", "{\"workspaces\":{\"name\":\"x\"}}"))
                .extracting(RestDefinitions.Finding::key)
                .contains("wrapper");
        assertThat(definitions.check(
                        "GET", "/rest/workspaces/x/datastores/y?quietOnNotFound=true&color=red", null, null))
                .extracting(RestDefinitions.Finding::key)
                .containsExactly("validation.request.parameter.query.unexpected");
        assertThat(definitions.check("PUT", "/gwc/rest/layers/shelter:x.xml", "text/plain", "<GeoServerLayer/>"))
                .extracting(RestDefinitions.Finding::key)
                .containsExactly("validation.request.contentType.notAllowed");
        assertThat(definitions.check(
                        "POST", "/rest/workspaces", "application/json", "{\"workspace\":{\"name\":\"x\"}}"))
                .isEmpty();
    }

    @Test
    void theStandInAnswersWhatTheDefinitionsDeclare() throws Exception {
        var rest = new GeoServerRest(geoserver.url(), "admin", "geoserver-secret", java.time.Duration.ofSeconds(5));
        assertThat(rest.send(new Request("GET", "/rest/workspaces/x?quietOnNotFound=true", null, null))
                        .status())
                .isEqualTo(404);
        var client = java.net.http.HttpClient.newHttpClient();
        var created = client.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(geoserver.url() + "/rest/workspaces"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("admin:geoserver-secret".getBytes()))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"workspace\":{\"name\":\"x\"}}"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        // workspaces.yaml: POST /workspaces → 201 with a Location header.
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(geoserver.url() + "/rest/workspaces/x");
        assertThat(rest.send(new Request("GET", "/rest/workspaces/x", null, null))
                        .status())
                .isEqualTo(200);
        // namespaces.yaml: PUT /namespaces/{name} → 200; owsservices.yaml: PUT of WMS settings → 201 (its only 2xx).
        assertThat(rest.send(new Request("PUT", "/rest/namespaces/x", "application/json", "{}"))
                        .status())
                .isEqualTo(200);
        assertThat(rest.send(new Request("PUT", "/rest/services/wms/workspaces/x/settings", "application/json", "{}"))
                        .status())
                .isEqualTo(201);
        // workspaces.yaml declares PUT and DELETE on the collection only to refuse them: 405.
        assertThat(rest.send(new Request("DELETE", "/rest/workspaces", null, null))
                        .status())
                .isEqualTo(405);
        // A second POST of the same name: GeoServer refuses duplicates (409), which workspaces.yaml does not declare.
        assertThat(rest.send(new Request(
                                "POST", "/rest/workspaces", "application/json", "{\"workspace\":{\"name\":\"x\"}}"))
                        .status())
                .isEqualTo(409);
        // The 404 above is declared by workspaces.yaml; the 409 is not, and is noted.
        assertThat(geoserver.undeclared).containsExactly("POST /workspaces → 409");
    }

    @Test
    void whatGeoServerAnswersBeyondTheDefinitionsIsOnlyNotFoundOnGets() {
        publishAndCheck("first publish");
        // Most GETs declare only 200; GeoServer answers 404 for a missing resource (the publisher's existence probe).
        assertThat(geoserver.undeclared).isNotEmpty().allMatch(s -> s.startsWith("GET ") && s.endsWith("→ 404"));
    }

    @Test
    void tileTruncationsAreAsTheDefinitionsDeclare() {
        var layers = TileTruncations.layers(
                new org.sheltergis.layers.LayerCatalog(),
                GeoServerProperties.defaults(),
                List.of("shelters", "entrances"));
        assertThat(layers).containsExactly("shelter:shelters", "shelter:entrances", "shelter:shelter_map");
        var box = new TileTruncations.Change(
                List.of(), new double[] {120.8, 31.9, 120.9, 32.0}, new double[] {13447000, 3749000, 13458000, 3762000
                });
        var whole = new TileTruncations.Change(List.of(), null, null);
        List<Request> requests = new ArrayList<>(TileTruncations.requests(layers, box));
        requests.addAll(TileTruncations.requests(layers, whole));
        assertThat(requests).hasSize(9);
        List<RestDefinitions.Finding> findings = new ArrayList<>();
        requests.forEach(r -> findings.addAll(definitions.check(r.method(), r.path(), r.contentType(), r.body())));
        assertThat(findings).isNotEmpty().allMatch(GeoServerDefinitionsTest::knownTruncationGap);
        // The query the definition requires: a request type it lists, and the layer.
        assertThat(requests)
                .allMatch(r -> r.path()
                        .matches("/gwc/rest/masstruncate\\?requestType="
                                + "(truncateExtent|truncateLayer)&layer=shelter:[a-z_]+"));
        assertThat(requests.get(0).body())
                .isEqualTo(
                        "<truncateExtent><layerName>shelter:shelters</layerName><bounds>"
                                + "<coords><double>120.8000000</double><double>31.9000000</double><double>120.9000000</double>"
                                + "<double>32.0000000</double></coords></bounds><gridSetId>EPSG:4326</gridSetId></truncateExtent>");
        // A request the definition does not list is caught.
        assertThat(definitions.check("POST", "/gwc/rest/masstruncate?requestType=truncateEverything", null, null))
                .extracting(RestDefinitions.Finding::key)
                .contains("validation.request.parameter.schema.enum");
    }

    private MockGeoServer restart() {
        try {
            return new MockGeoServer("admin", "geoserver-secret");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<RestDefinitions.Finding> publishAndCheck(String what, String... extra) {
        geoserver.requests.clear();
        var args = new ArrayList<>(List.of("publish", "--url", geoserver.url(), "--user", "admin", "--styles", styles));
        args.addAll(List.of(extra));
        CommandRun run = CommandRun.run(CommandRun.ENV, args.toArray(String[]::new));
        assertThat(run.exit).as(what + ": " + run.err).isZero();
        assertThat(geoserver.requests).as(what).isNotEmpty();
        List<RestDefinitions.Finding> findings = new ArrayList<>();
        for (var r : geoserver.requests) {
            findings.addAll(definitions.check(r.method(), r.path(), r.contentType(), r.body()));
        }
        return findings;
    }
}
