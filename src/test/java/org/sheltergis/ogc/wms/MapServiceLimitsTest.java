package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.rendering.MapFeature;
import org.sheltergis.ogc.wms.rendering.MapSource;
import org.sheltergis.ogc.wms.request.MapRequest;
import org.sheltergis.ogc.wms.request.Params;
import org.sheltergis.ogc.wms.request.WmsRequestParser;
import org.sheltergis.ogc.wms.styles.StyleLibrary;
import org.sheltergis.security.CallerAccess;

/**
 * The limits around drawing, without a database: the feature source is replaced by one that hands out many points
 * (this is about the renderer's limits, not about SQL, which the integration tests exercise).
 */
class MapServiceLimitsTest {

    private final LayerCatalog catalog = new LayerCatalog();

    private static final class ManyPoints extends MapSource {
        private final int count;
        private final long sleepMillis;

        ManyPoints(int count, long sleepMillis) {
            super(null);
            this.count = count;
            this.sleepMillis = sleepMillis;
        }

        @Override
        public org.locationtech.jts.geom.Envelope dataBox(MapRequest map, LayerDefinition layer, int timeoutSeconds) {
            return map.bbox();
        }

        @Override
        public List<MapFeature> mapFeatures(
                LayerDefinition layer,
                Set<String> properties,
                boolean labels,
                MapRequest map,
                org.locationtech.jts.geom.Envelope dataBox,
                int limit,
                int timeoutSeconds) {
            GeometryFactory gf = new GeometryFactory();
            List<MapFeature> out = new ArrayList<>();
            for (int i = 0; i < Math.min(count, limit); i++) {
                out.add(new MapFeature(
                        i,
                        gf.createPoint(new Coordinate(120.8 + i * 1e-5, 32.0)),
                        null,
                        Map.of("signage_status", "upgraded", "name", "点" + i)));
            }
            try {
                // A slow database, on purpose: the deadline that ends a slow map is what is tested.
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return out;
        }
    }

    private MapRequest request(WmsProperties props) {
        var parser = new WmsRequestParser(catalog, CallerAccess.standard(catalog), new StyleLibrary(catalog), props);
        return parser.map(Params.of(
                "version",
                "1.1.1",
                "layers",
                "shelter_points",
                "srs",
                "EPSG:4326",
                "bbox",
                "120.79,31.99,120.82,32.01",
                "width",
                "512",
                "height",
                "512",
                "format",
                "image/png"));
    }

    @Test
    void tooManyFeaturesIsAClearException() {
        var props = new WmsProperties(4096, 4096, 500, Duration.ofSeconds(5), 2, null, null);
        var service = new MapService(new ManyPoints(501, 0), props);
        assertThatThrownBy(() -> service.map(request(props))).isInstanceOfSatisfying(WmsException.class, e -> {
            assertThat(e.code()).isEqualTo(WmsException.LIMIT_EXCEEDED);
            assertThat(e.getMessage()).contains("500");
        });
        assertThat(new MapService(new ManyPoints(500, 0), props).map(request(props)))
                .isNotEmpty();
    }

    @Test
    void theDeadlineEndsASlowMap() {
        var props = new WmsProperties(4096, 4096, 100_000, Duration.ofMillis(200), 2, null, null);
        var service = new MapService(new ManyPoints(10, 400), props);
        assertThatThrownBy(() -> service.map(request(props)))
                .isInstanceOfSatisfying(
                        WmsException.class, e -> assertThat(e.getMessage()).contains("deadline"));
    }
}
