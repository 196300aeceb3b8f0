package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The publish command against a local server that answers as GeoServer's REST API: the exact requests of a first
 * publish, of a second one (updates only) and of failures. The expected sequences are in
 * src/test/resources/geoserver/*.txt.
 */
class GeoServerPublishTest {

    @TempDir
    Path dir;

    MockGeoServer geoserver;
    String styles;

    @BeforeEach
    void start() throws Exception {
        geoserver = new MockGeoServer("admin", "geoserver-secret");
        styles = CommandRun.minimalStyles(dir).toString();
    }

    @AfterEach
    void stop() {
        geoserver.close();
    }

    CommandRun publish(String... extra) {
        return publish(CommandRun.ENV, extra);
    }

    CommandRun publish(Map<String, String> env, String... extra) {
        var args = new java.util.ArrayList<>(
                List.of("publish", "--url", geoserver.url(), "--user", "admin", "--styles", styles));
        args.addAll(List.of(extra));
        return CommandRun.run(env, args.toArray(String[]::new));
    }

    @Test
    void firstPublishCreatesEverythingInOrder() {
        CommandRun run = publish();
        assertThat(run.exit).as(run.err).isZero();
        assertThat(geoserver.lines()).containsExactlyElementsOf(CommandRun.fileLines("/geoserver/first-publish.txt"));
        assertThat(run.out).contains("Published.");
    }

    @Test
    void secondPublishOnlyUpdatesWhatExists() {
        assertThat(publish().exit).isZero();
        geoserver.requests.clear();
        CommandRun run = publish();
        assertThat(run.exit).as(run.err).isZero();
        assertThat(geoserver.lines()).noneMatch(l -> l.startsWith("POST"));
        assertThat(geoserver.lines()).containsExactlyElementsOf(CommandRun.fileLines("/geoserver/second-publish.txt"));
        // Nothing is reloaded or reset on the way.
        assertThat(geoserver.lines()).noneMatch(l -> l.contains("/reload") || l.contains("/reset"));
    }

    @Test
    void bodiesAreWhatGeoServerExpects() throws Exception {
        assertThat(publish().exit).isZero();
        JsonNode pub = json("POST", "/rest/workspaces/shelter/datastores");
        Map<String, String> p = params(pub);
        assertThat(p)
                .containsEntry("dbtype", "postgis")
                .containsEntry("schema", "pub")
                .containsEntry("user", "shelter_pub")
                .containsEntry("passwd", "pub-db-secret")
                .containsEntry("host", "db.internal")
                .containsEntry("database", "shelter")
                .containsEntry("Expose primary keys", "true");
        Map<String, String> staff = params(json("POST", "/rest/workspaces/shelter_staff/datastores"));
        assertThat(staff)
                .containsEntry("schema", "staff")
                .containsEntry("user", "shelter_staff_reader")
                .containsEntry("passwd", "staff-db-secret");

        var style = find("POST", "/rest/workspaces/shelter/styles?name=shelters_signage");
        assertThat(style.contentType()).isEqualTo("application/vnd.ogc.sld+xml");
        assertThat(style.body()).isEqualTo(Files.readString(dir.resolve("shelters_signage.sld")));

        JsonNode ft = json(
                        "POST",
                        "/rest/workspaces/shelter_staff/datastores/shelter_staff/featuretypes",
                        "work_entrances")
                .get("featureType");
        assertThat(ft.get("nativeName").asString()).isEqualTo("entrances");
        assertThat(ft.get("srs").asString()).isEqualTo("EPSG:4326");
        assertThat(ft.get("attributes").get("attribute").get(0).get("binding").asString())
                .isEqualTo("org.locationtech.jts.geom.Point");

        JsonNode layer = json("PUT", "/rest/workspaces/shelter/layers/shelters").get("layer");
        assertThat(layer.get("defaultStyle").get("name").asString()).isEqualTo("shelter:shelters_signage");
        assertThat(layer.get("styles").get("style").toString())
                .contains("shelter:shelters_use", "shelter:shelters_parking");

        JsonNode group = json("POST", "/rest/workspaces/shelter/layergroups").get("layerGroup");
        assertThat(group.get("publishables").get("published").get(0).get("name").asString())
                .isEqualTo("shelter:shelters");
        List<String> published = new java.util.ArrayList<>();
        group.get("publishables")
                .get("published")
                .forEach(l -> published.add(l.get("name").asString()));
        assertThat(published)
                .containsExactlyInAnyOrder(
                        "shelter:shelters",
                        "shelter:shelter_points",
                        "shelter:entrances",
                        "shelter:parking",
                        "shelter:districts",
                        "shelter:plan_units",
                        "shelter:pois");
        assertThat(find("PUT", "/gwc/rest/layers/shelter:shelter_map.xml").contentType())
                .isEqualTo("application/xml");
    }

    @Test
    void restrictedLayersNeverLandInThePublicWorkspaceAndAreSecuredFirst() {
        assertThat(publish().exit).isZero();
        assertThat(geoserver.lines())
                .noneMatch(l -> l.matches(
                        ".*/workspaces/shelter/.*(works|hazards|population|candidate_sites|work_entrances).*"));
        List<String> lines = geoserver.lines();
        int rule = lines.indexOf("POST /rest/security/acl/layers  [application/json]");
        int firstStaffData = lines.indexOf("POST /rest/workspaces/shelter_staff/datastores  [application/json]");
        assertThat(rule).isPositive().isLessThan(firstStaffData);
        assertThat(geoserver.rules).containsEntry("shelter_staff.*.r", "ROLE_SHELTER_STAFF");
        assertThat(geoserver.paths()).noneMatch(p -> p.startsWith("/gwc/rest/layers/shelter_staff:"));
    }

    @Test
    void wrongCredentialsStopAtTheFirstRequestAndSaySo() {
        var env = new HashMap<>(CommandRun.ENV);
        env.put(GeoServerCommand.ENV_PASSWORD, "wrong");
        CommandRun run = publish(env);
        assertThat(run.exit).isEqualTo(1);
        assertThat(geoserver.requests).hasSize(1);
        assertThat(run.err)
                .contains(
                        "FAILED at workspace shelter",
                        "401",
                        "--user and --password",
                        "Nothing was changed",
                        "GeoServer was not changed");
    }

    @Test
    void aServerErrorMidwayReportsWhatWasAndWasNotDone() {
        geoserver.fault = r -> r.method().equals("POST")
                        && r.body() != null
                        && r.body().contains("\"name\":\"parking\"")
                        && r.path().endsWith("/featuretypes")
                ? 500
                : 0;
        CommandRun run = publish();
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err)
                .contains(
                        "FAILED at feature type shelter:parking",
                        "GeoServer answered 500",
                        "simulated failure",
                        "done: feature type shelter:entrances: created",
                        "Not done (",
                        "layer shelter:parking",
                        "layer group shelter:shelter_map",
                        "partial publication",
                        "run the command again");
        var last = geoserver.requests.get(geoserver.requests.size() - 1);
        assertThat(last.method()).isEqualTo("POST");
        assertThat(last.path()).endsWith("/featuretypes");
        // Running again after the cause is gone completes the publication without a second POST of what exists.
        geoserver.fault = r -> 0;
        geoserver.requests.clear();
        assertThat(publish().exit).isZero();
        // Only what the failed run had not created is created now: the staff side and the rest of the public one.
        assertThat(geoserver.lines())
                .doesNotContain("POST /rest/workspaces/shelter/datastores  [application/json]")
                .contains("PUT /rest/workspaces/shelter/datastores/shelter_pub  [application/json]");
        assertThat(geoserver.lines().stream()
                        .filter(l -> l.startsWith("POST /rest/workspaces/shelter/datastores/"))
                        .count())
                .as("parking and the three layers after it")
                .isEqualTo(4);
    }

    @Test
    void aMissingResourceOnUpdateNamesItAndTheUrl() {
        geoserver.fault =
                r -> r.method().equals("PUT") && r.path().equals("/rest/workspaces/shelter/layers/parking") ? 404 : 0;
        CommandRun run = publish();
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err)
                .contains(
                        "FAILED at layer shelter:parking",
                        "404 Not Found",
                        "GeoServer root",
                        "(PUT /rest/workspaces/shelter/layers/parking)");
    }

    @Test
    void aGeoServerThatDoesNotAnswerTimesOut() {
        geoserver.delay = r -> r.path().contains("/datastores") ? 3000 : 0;
        CommandRun run = publish("--timeout", "1");
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("FAILED at datastore shelter:shelter_pub", "no answer within 1 s");
    }

    @Test
    void anUnreachableGeoServerIsAClearError() {
        geoserver.close();
        CommandRun run = publish();
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("cannot connect to GeoServer", "Nothing was changed");
    }

    @Test
    void aDryRunReadsButNeverWritesAndMasksPasswords() {
        CommandRun run = publish("--dry-run");
        assertThat(run.exit).isZero();
        assertThat(geoserver.lines()).allMatch(l -> l.startsWith("GET "));
        assertThat(run.out)
                .contains(
                        "would POST /rest/workspaces  [application/json]",
                        "would PUT /rest/workspaces/shelter/layers/shelters",
                        "Dry run: nothing was sent");
        assertThat(run.out).contains("\"passwd\",\"$\":\"******\"").doesNotContain("pub-db-secret", "staff-db-secret");
        long writes = run.out.lines().filter(l -> l.startsWith("would ")).count();
        assertThat(writes)
                .isEqualTo(CommandRun.fileLines("/geoserver/first-publish.txt").stream()
                        // Tile caches of restricted layers exist only once their layers do; nothing to remove in a dry
                        // run.
                        .filter(l -> !l.startsWith("GET") && !l.startsWith("DELETE"))
                        .count());
    }

    @Test
    void aDryRunWithoutAServerPrintsTheWholePublication() {
        CommandRun run = CommandRun.run(Map.of(), "publish", "--dry-run", "--styles", styles);
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out)
                .contains(
                        "would POST /rest/workspaces/shelter/styles?name=shelters_signage  [application/vnd.ogc.sld+xml]");
    }

    @Test
    void missingStylesOrPasswordsStopBeforeAnyRequest() throws Exception {
        Files.delete(dir.resolve("hazards.sld"));
        CommandRun run = publish();
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("no SLD file for the styles [hazards]", "Nothing was sent");
        assertThat(geoserver.requests).isEmpty();

        CommandRun noDbPassword = CommandRun.run(
                Map.of(GeoServerCommand.ENV_PASSWORD, "x"),
                "publish",
                "--url",
                geoserver.url(),
                "--user",
                "admin",
                "--styles",
                styles);
        assertThat(noDbPassword.exit).isEqualTo(2);
        assertThat(noDbPassword.err).contains(GeoServerCommand.ENV_PUB_DB);
        assertThat(geoserver.requests).isEmpty();
    }

    @Test
    void optionsOverrideTheEnvironment() {
        CommandRun run = publish(
                Map.of(GeoServerCommand.ENV_PUB_DB, "x"),
                "--password",
                "geoserver-secret",
                "--public-only",
                "--pub-db-password",
                "from-option",
                "--db-host",
                "pg.replica");
        assertThat(run.exit).as(run.err).isZero();
        Map<String, String> p = params(json("POST", "/rest/workspaces/shelter/datastores"));
        assertThat(p).containsEntry("passwd", "from-option").containsEntry("host", "pg.replica");
        assertThat(geoserver.lines()).noneMatch(l -> l.contains("shelter_staff"));
    }

    MockGeoServer.Recorded find(String method, String path) {
        return geoserver.requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }

    JsonNode json(String method, String path) {
        return TestBodies.JSON.readTree(find(method, path).body());
    }

    JsonNode json(String method, String path, String name) {
        return geoserver.requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .map(r -> TestBodies.JSON.readTree(r.body()))
                .filter(n -> n.toString().contains("\"name\":\"" + name + "\""))
                .findFirst()
                .orElseThrow();
    }

    static Map<String, String> params(JsonNode store) {
        Map<String, String> out = new HashMap<>();
        store.get("dataStore")
                .get("connectionParameters")
                .get("entry")
                .forEach(e -> out.put(e.get("@key").asString(), e.get("$").asString()));
        return out;
    }
}
