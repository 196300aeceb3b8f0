package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PublicConfigTest {

    @LocalServerPort
    int port;

    @Test
    void theMapDrawsFromTheEmbeddedWmsUnlessTheSettingPointsElsewhere() {
        var r = new Http(port).get("/api/public/config");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("wmsUrl").asString()).isEqualTo("/wms");
        assertThat(new MapProperties("https://gis.example/geoserver/shelter/wms ").wmsUrl())
                .isEqualTo("https://gis.example/geoserver/shelter/wms");
        assertThat(new MapProperties("").wmsUrl()).isEqualTo("/wms");
    }
}
