package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Command;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real clients from Debian against the service: GDAL's WMS driver and OWSLib. */
@IntegrationTest
class WmsClientsTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource register;

    Path out;

    @AfterEach
    void removeTestData() {
        WmsTestData.remove(register);
    }

    @BeforeEach
    void setUp() throws IOException {
        WmsTestData.load(register);
        out = Files.createDirectories(Path.of("target/wms-clients"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static Command run(List<String> command) {
        return Command.run(command);
    }

    @Test
    void gdalinfoListsThePublicLayers() throws Exception {
        for (String version : new String[] {"1.1.1", "1.3.0"}) {
            Command r = run(List.of(
                    "gdalinfo", "WMS:" + base() + "/wms?SERVICE=WMS&VERSION=" + version + "&REQUEST=GetCapabilities"));
            assertThat(r.exit()).as(r.output()).isZero();
            assertThat(r.output())
                    .contains("LAYERS=shelters&", "LAYERS=districts&", "LAYERS=entrances&", "人防疏散掩蔽工程")
                    .doesNotContain("LAYERS=works&", "LAYERS=hazards&");
        }
    }

    @Test
    void gdalTranslateFetchesAMap() throws Exception {
        File png = out.resolve("gdal.png").toFile();
        Command r = run(List.of(
                "gdal_translate",
                "-q",
                "-of",
                "PNG",
                "-outsize",
                "300",
                "240",
                "WMS:" + base() + "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=districts,shelters"
                        + "&SRS=EPSG:4326&BBOX=120.915,31.026,120.925,31.034",
                png.getPath()));
        assertThat(r.exit()).as(r.output()).isZero();
        BufferedImage img = ImageIO.read(png);
        assertThat(img.getWidth()).isEqualTo(300);
        assertThat(orangePixels(img)).isGreaterThan(5);
    }

    @Test
    void gdallocationinfoQueriesFeatureInfo() throws Exception {
        Command r = run(List.of(
                "gdallocationinfo",
                "-wgs84",
                "WMS:" + base() + "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap"
                        + "&LAYERS=shelters&SRS=EPSG:4326&BBOX=120.90,31.02,120.99,31.04",
                "120.92",
                "31.03"));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("测试一号人防工程", "WMS-T1");
    }

    @Test
    void owslibReadsCapabilitiesMapsAndFeatureInfo() throws Exception {
        Path script = Path.of("src/test/resources/wms/owslib_check.py");
        Command r = run(List.of(
                "/usr/bin/python3",
                script.toString(),
                base(),
                out.toAbsolutePath().toString()));
        assertThat(r.exit()).as(r.output()).isZero();
        var json = Http.parse(r.output().lines().reduce((a, b) -> b).orElseThrow());
        for (String version : new String[] {"1.1.1", "1.3.0"}) {
            var v = json.get(version);
            assertThat(v.get("layers").toString())
                    .contains("\"shelters\"", "\"districts\"")
                    .doesNotContain("\"works\"");
            assertThat(v.get("styles").toString()).contains("shelters_signage", "shelters_use", "shelters_parking");
            assertThat(v.get("crs").toString()).contains("EPSG:4326", "EPSG:3857", "EPSG:4490", "EPSG:4549");
            assertThat(v.get("getmap_type").asString()).isEqualTo("image/png");
            assertThat(v.get("feature_codes").toString()).contains("WMS-T1");
            BufferedImage img = ImageIO.read(new File(v.get("png").asString()));
            assertThat(orangePixels(img)).isGreaterThan(5);
        }
    }

    static int orangePixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += WmsHttpTest.isOrange(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }
}
