package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Maps compared with reviewed golden PNGs (src/test/resources/wms/golden) within a pixel tolerance: a channel may
 * differ by up to 48, and up to 1 % of pixels may differ more (font hinting differs a little between machines).
 * Run with -Dwms.golden.update=true to rewrite the goldens, then look at them before committing.
 */
@IntegrationTest
class GoldenImageTest {

    private static final Path GOLDEN = Path.of("src/test/resources/wms/golden");
    private static final boolean UPDATE = Boolean.getBoolean("wms.golden.update");
    private static final String LAYERS = "LAYERS=districts,plan_units,shelters,entrances,parking,pois&STYLES=,,,,,";

    @LocalServerPort
    int port;

    @Autowired
    DataSource register;

    @AfterEach
    void removeTestData() {
        WmsTestData.remove(register);
    }

    @BeforeEach
    void setUp() {
        WmsTestData.load(register);
    }

    @Test
    void wms130Epsg4326LatLonOrder() throws Exception {
        compare(
                "epsg4326_map.png",
                "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&" + LAYERS
                        + "&CRS=EPSG:4326&BBOX=31.024,120.903,31.036,120.927&WIDTH=960&HEIGHT=480&FORMAT=image/png");
    }

    @Test
    void wms111Epsg4326IsTheSameImageWithAxesSwapped() throws Exception {
        compare(
                "epsg4326_map.png",
                "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&" + LAYERS
                        + "&SRS=EPSG:4326&BBOX=120.903,31.024,120.927,31.036&WIDTH=960&HEIGHT=480&FORMAT=image/png");
    }

    /** Two neighbouring zoom-16 tiles exactly as Leaflet's L.tileLayer.wms asks for them (1.1.1, transparent). */
    @Test
    void epsg3857TilesAsLeafletRequestsThem() throws Exception {
        int z = 16;
        double lon = 120.92;
        double lat = 31.03;
        int n = 1 << z;
        int x = (int) Math.floor((lon + 180) / 360 * n);
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n);
        for (int dx = 0; dx <= 1; dx++) {
            double r = 20037508.342789244;
            double size = 2 * r / n;
            double minx = -r + (x + dx) * size;
            double maxy = r - y * size;
            String bbox = String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", minx, maxy - size, minx + size, maxy);
            compare(
                    "epsg3857_tile_" + dx + ".png",
                    "/wms?service=WMS&request=GetMap&layers=districts,shelters,entrances,parking"
                            + "&styles=&format=image%2Fpng&transparent=true&version=1.1.1&width=256&height=256&srs=EPSG%3A3857&bbox="
                            + bbox);
        }
    }

    private void compare(String golden, String query) throws Exception {
        byte[] body = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + query))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                .body();
        BufferedImage actual = ImageIO.read(new ByteArrayInputStream(body));
        assertThat(actual)
                .as(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                .isNotNull();
        File file = GOLDEN.resolve(golden).toFile();
        Files.createDirectories(Path.of("target/wms-golden"));
        ImageIO.write(actual, "png", Path.of("target/wms-golden", golden).toFile());
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            ImageIO.write(actual, "png", file);
            return;
        }
        assertThat(file)
                .as("golden %s (run with -Dwms.golden.update=true to create it)", golden)
                .exists();
        BufferedImage expected = ImageIO.read(file);
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int differing = 0;
        for (int py = 0; py < actual.getHeight(); py++) {
            for (int px = 0; px < actual.getWidth(); px++) {
                if (distance(actual.getRGB(px, py), expected.getRGB(px, py)) > 48) {
                    differing++;
                }
            }
        }
        int total = actual.getWidth() * actual.getHeight();
        assertThat(differing)
                .as("pixels differing from %s (actual in target/wms-golden)", golden)
                .isLessThanOrEqualTo(total / 100);
    }

    private static int distance(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 255) - ((b >>> shift) & 255)));
        }
        // Fully transparent pixels are equal whatever their colour channels hold.
        return (a >>> 24) == 0 && (b >>> 24) == 0 ? 0 : max;
    }
}
