package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geoserver verify} against the stand-in: clean right after a publish (exit 0), and each injected drift — a
 * removed layer, a changed style, an extra attribute, a restricted layer in the public capabilities — reported
 * with exit 1. It only reads.
 */
class GeoServerVerifyTest {

    @TempDir
    Path dir;

    MockGeoServer geoserver;
    String styles;

    @BeforeEach
    void publish() throws Exception {
        geoserver = new MockGeoServer("admin", "geoserver-secret");
        styles = CommandRun.minimalStyles(dir).toString();
        CommandRun run = CommandRun.run(
                CommandRun.ENV, "publish", "--url", geoserver.url(), "--user", "admin", "--styles", styles);
        assertThat(run.exit).as(run.err).isZero();
        geoserver.requests.clear();
    }

    @AfterEach
    void stop() {
        geoserver.close();
    }

    CommandRun verify() {
        return CommandRun.run(
                CommandRun.ENV, "verify", "--url", geoserver.url(), "--user", "admin", "--styles", styles);
    }

    @Test
    void rightAfterAPublishThereIsNoDrift() {
        CommandRun run = verify();
        assertThat(run.exit).as(run.out + run.err).isZero();
        assertThat(run.out).contains("No drift");
        assertThat(geoserver.lines()).isNotEmpty().allMatch(l -> l.startsWith("GET "));
    }

    @Test
    void everyInjectedDriftIsReportedAndFailsTheRun() {
        // A removed layer (its feature type and layer gone).
        geoserver.existing.remove("/rest/workspaces/shelter/datastores/shelter_pub/featuretypes/pois");
        geoserver.existing.remove("/rest/workspaces/shelter/layers/pois");
        // A style changed by hand on GeoServer.
        geoserver.existing.put("/rest/workspaces/shelter/styles/parking", CommandRun.minimalSld("hand-made"));
        // An extra attribute on a feature type.
        String ft = "/rest/workspaces/shelter/datastores/shelter_pub/featuretypes/shelters";
        geoserver.existing.put(
                ft,
                geoserver
                        .existing
                        .get(ft)
                        .replace(
                                "\"attribute\":[",
                                "\"attribute\":[{\"name\":\"protection_level\",\"binding\":\"java.lang.String\"},"));
        // A restricted layer published in the public workspace (so its capabilities list it).
        geoserver.existing.put("/rest/workspaces/shelter/layers/works", "{\"layer\":{\"name\":\"works\"}}");

        CommandRun run = verify();
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out)
                .contains(
                        "missing: feature type shelter:pois",
                        "changed: style shelter:parking: the SLD differs from geoserver/styles",
                        "changed: feature type shelter:shelters: attributes differ, extra [protection_level]",
                        "extra: layer shelter:works is not in the catalog",
                        "capabilities: public layer pois is not listed by shelter/wms",
                        "capabilities: RESTRICTED layer works is listed by the public shelter/wms",
                        "difference(s) from the catalog");
        assertThat(geoserver.lines()).allMatch(l -> l.startsWith("GET "));
    }

    @Test
    void aChangedFieldIsNamedWithBothValues() {
        String layer = "/rest/workspaces/shelter/layers/shelters";
        geoserver.existing.put(
                layer, geoserver.existing.get(layer).replace("shelter:shelters_signage", "shelter:pois"));
        CommandRun run = verify();
        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out)
                .contains("changed: layer shelter:shelters: layer.defaultStyle.name is \"shelter:pois\", "
                        + "the catalog says \"shelter:shelters_signage\"");
    }

    @Test
    void verifyNeedsItsOptions() {
        CommandRun run = CommandRun.run(java.util.Map.of(), "verify", "--url", geoserver.url());
        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("--user");
        List<String> none = new ArrayList<>(geoserver.lines());
        assertThat(none).isEmpty();
    }
}
