package org.sheltergis.ogc.wms.styles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sheltergis.ogc.sld.Rule;
import org.sheltergis.ogc.sld.SldReader;
import org.sheltergis.ogc.sld.Style;
import org.sheltergis.ogc.sld.Symbolizer;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/styles/{name}/legend says what the SLD file in geoserver/styles says (read here on its own, from the
 * file): every rule with its bilingual title and colours. A style of a restricted layer is a 404 for anonymous
 * callers and readable by staff and by a key scoped to the layer.
 */
@IntegrationTest
class StyleLegendApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyPublicStyleMatchesItsSldFile() throws Exception {
        Http http = new Http(port);
        for (String name : List.of(
                "shelters_signage",
                "shelters_parking",
                "shelters_use",
                "shelter_points",
                "entrances",
                "parking",
                "districts",
                "plan_units",
                "pois")) {
            Style sld;
            try (InputStream in = Files.newInputStream(Path.of("geoserver/styles", name + ".sld"))) {
                sld = SldReader.read(in);
            }
            Http.Response r = http.get("/api/styles/" + name + "/legend");
            assertThat(r.status()).as(name).isEqualTo(200);
            JsonNode legend = r.json();
            assertThat(legend.path("name").asString()).isEqualTo(name);
            List<Rule> rules = sld.rules();
            assertThat(legend.path("rules").size()).as(name).isEqualTo(rules.size());
            for (int i = 0; i < rules.size(); i++) {
                Rule rule = rules.get(i);
                JsonNode json = legend.path("rules").get(i);
                assertThat(json.path("name").asString()).isEqualTo(rule.name());
                String[] title = rule.title().split(" / ");
                assertThat(json.path("title").path("zh").asString()).isEqualTo(title[0].trim());
                assertThat(json.path("title").path("en").asString()).isEqualTo(title[title.length - 1].trim());
                assertThat(json.path("else_filter").asBoolean()).isEqualTo(rule.elseFilter());
                for (int s = 0; s < rule.symbolizers().size(); s++) {
                    assertColours(
                            name + "/" + rule.name(),
                            rule.symbolizers().get(s),
                            json.path("symbolizers").get(s));
                }
            }
        }
    }

    @Test
    void signageRulesCarryTheirFilterAndTheOrangeOfTheSignage() {
        JsonNode rules =
                new Http(port).get("/api/styles/shelters_signage/legend").json().path("rules");
        JsonNode upgraded = rules.get(0);
        assertThat(upgraded.path("filter").asString()).isEqualTo("signage_status = 'upgraded'");
        assertThat(upgraded.path("property").asString()).isEqualTo("signage_status");
        assertThat(upgraded.path("value").asString()).isEqualTo("upgraded");
        assertThat(upgraded.path("max_scale").asDouble()).isEqualTo(25000);
        JsonNode polygon = upgraded.path("symbolizers").get(0);
        assertThat(polygon.path("kind").asString()).isEqualTo("polygon");
        assertThat(polygon.path("fill").asString()).isEqualTo("#F07800");
        assertThat(polygon.path("fill_opacity").asDouble()).isEqualTo(0.85);
        assertThat(polygon.path("stroke").asString()).isEqualTo("#A84A00");
        JsonNode far = rules.get(3).path("symbolizers").get(0);
        assertThat(far.path("kind").asString()).isEqualTo("point");
        assertThat(far.path("mark").asString()).isEqualTo("circle");
        JsonNode parkingLabel = new Http(port)
                .get("/api/styles/shelters_parking/legend")
                .json()
                .path("rules")
                .get(3);
        assertThat(parkingLabel.path("filter").asString())
                .isEqualTo("has_parking = 'true' AND NOT parking_free IS NULL");
    }

    @Test
    void restrictedStylesFollowTheAccessToTheirLayer() {
        Http http = new Http(port);
        for (String name : List.of("works_function", "works_status", "population", "candidate_sites", "hazards")) {
            Http.Response r = http.get("/api/styles/" + name + "/legend");
            assertThat(r.status()).as(name).isEqualTo(404);
            assertThat(r.body()).doesNotContain("command", "professional_team");
        }
        assertThat(http.get("/api/styles/no_such_style/legend").status()).isEqualTo(404);
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        Http.Response staff = planner.get("/api/styles/works_function/legend");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).contains("command");
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        String token = admin.post("/api/admin/keys", "{\"name\":\"legend test\",\"layers\":[\"works\"]}")
                .json()
                .path("token")
                .asString();
        assertThat(http.get("/api/styles/works_function/legend", Map.of("X-API-Key", token))
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/api/styles/hazards/legend", Map.of("X-API-Key", token))
                        .status())
                .isEqualTo(404);
    }

    private static void assertColours(String where, Symbolizer s, JsonNode json) {
        if (s instanceof Symbolizer.PolygonSymbolizer p) {
            assertThat(json.path("kind").asString()).as(where).isEqualTo("polygon");
            if (p.fill() != null) {
                assertThat(json.path("fill").asString())
                        .as(where)
                        .isEqualTo(StyleLegend.hex(p.fill().color()));
            }
            if (p.stroke() != null) {
                assertThat(json.path("stroke").asString())
                        .as(where)
                        .isEqualTo(StyleLegend.hex(p.stroke().color()));
            }
        } else if (s instanceof Symbolizer.PointSymbolizer pt) {
            assertThat(json.path("kind").asString()).as(where).isEqualTo("point");
            assertThat(json.path("mark").asString())
                    .as(where)
                    .isEqualTo(pt.graphic().mark());
            if (pt.graphic().fill() != null) {
                assertThat(json.path("fill").asString())
                        .as(where)
                        .isEqualTo(StyleLegend.hex(pt.graphic().fill().color()));
            }
        } else if (s instanceof Symbolizer.LineSymbolizer l) {
            assertThat(json.path("kind").asString()).as(where).isEqualTo("line");
            assertThat(json.path("stroke").asString())
                    .as(where)
                    .isEqualTo(StyleLegend.hex(l.stroke().color()));
        } else {
            assertThat(json.path("kind").asString()).as(where).isEqualTo("text");
        }
    }
}
