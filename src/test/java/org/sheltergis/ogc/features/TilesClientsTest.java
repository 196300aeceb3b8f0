package org.sheltergis.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.support.Command;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Tiles read by real clients, from the URL templates the tile set documents give: GDAL (its WMS driver's
 * TMS reader for the PNG map tiles, its MVT driver for a vector tile) and QGIS (a vector tile layer and an XYZ raster
 * layer, drawn headless). GDAL 3.6's own OGCAPI driver (Debian 12) is not used: it opens none of the tile sets of this
 * API (docs/ogcapi.md says what was tried).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TilesClientsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @TempDir
    Path dir;

    @BeforeAll
    void setUp() {
        FeatureFixture.insert(db);
    }

    @AfterAll
    void tearDown() {
        FeatureFixture.remove(db);
    }

    String collection() {
        return "http://localhost:" + port + "/ogcapi/collections/shelters";
    }

    @Test
    void theDocumentsLinkTheTileSetsAndTheTilingScheme() {
        Http http = new Http(port);
        JsonNode landing = http.get("/ogcapi").json();
        assertThat(landing.toString()).contains("/ogcapi/tileMatrixSets", "tiling-schemes");
        assertThat(http.get("/ogcapi/conformance").body())
                .contains("ogcapi-tiles-1/1.0/conf/core", "conf/tileset", "conf/mvt", "conf/png");
        assertThat(http.get("/ogcapi/collections/shelters").body()).contains("tilesets-vector", "tilesets-map");
        JsonNode tms = http.get("/ogcapi/tileMatrixSets/WebMercatorQuad").json();
        assertThat(tms.get("tileMatrices").get(15).get("matrixWidth").asLong()).isEqualTo(1L << 15);
        assertThat(http.get("/ogcapi/tileMatrixSets/WorldCRS84Quad").status()).isEqualTo(404);
        assertThat(http.get("/ogcapi/collections/shelters/tiles/WebMercatorQuad/3/9/1")
                        .status())
                .isEqualTo(404);
        var bad = http.get("/ogcapi/collections/shelters/tiles/WebMercatorQuad/x/1/1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("parameter").asString()).isEqualTo("tileMatrix");
    }

    @Test
    void gdalReadsTheMapTiles() throws Exception {
        String template = template(collection() + "/map/tiles/WebMercatorQuad");
        Path xml = dir.resolve("tiles.xml");
        Files.writeString(
                xml,
                "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>" + template.replace("&", "&amp;")
                        + "</ServerUrl></Service><DataWindow>"
                        + "<UpperLeftX>-20037508.342789244</UpperLeftX><UpperLeftY>20037508.342789244</UpperLeftY>"
                        + "<LowerRightX>20037508.342789244</LowerRightX><LowerRightY>-20037508.342789244</LowerRightY>"
                        + "<TileLevel>17</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
                        + "<YOrigin>top</YOrigin></DataWindow><Projection>EPSG:3857</Projection>"
                        + "<BlockSizeX>256</BlockSizeX><BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount></GDAL_WMS>");
        double[] box = fixtureBox();
        Path tif = dir.resolve("map.tif");
        run(
                "gdal_translate",
                "-q",
                "-projwin",
                d(box[0]),
                d(box[3]),
                d(box[2]),
                d(box[1]),
                "-outsize",
                "256",
                "256",
                xml.toString(),
                tif.toString());
        String stats = run("gdalinfo", "-stats", tif.toString());
        // the alpha band: the shelters are drawn (opaque pixels), the sea around them is not
        assertThat(stats).contains("ColorInterp=Alpha");
        assertThat(stats.substring(stats.indexOf("Band 4")))
                .contains("Maximum=255.000")
                .contains("Minimum=0.000");
    }

    @Test
    void gdalReadsAVectorTile() throws Exception {
        // the zoom-12 tile holding most of the fixture's row of shelters at latitude 32.5 (122.43–122.52° E)
        long n = 1L << 12;
        long x = (long) Math.floor((122.45 + 180) / 360 * n);
        double r = Math.toRadians(32.5005);
        long y = (long) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
        String url = template(collection() + "/tiles/WebMercatorQuad")
                .replace("${z}", "12")
                .replace("${y}", Long.toString(y))
                .replace("${x}", Long.toString(x));
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.mapbox-vector-tile");
        Path pbf = dir.resolve("tile.pbf");
        Files.write(pbf, response.body());
        String out = run("ogrinfo", "-ro", "-al", pbf.toString(), "-oo", "X=" + x, "-oo", "Y=" + y, "-oo", "Z=12");
        assertThat(out).contains("Layer name: shelters", "Geometry: Polygon", "测试掩蔽所", "capacity (Integer");
        assertThat(out.split("OGRFeature\\(shelters\\)", -1).length - 1).isGreaterThanOrEqualTo(10);
        assertThat(out).doesNotContain(FeatureFixture.SECRET_NAME);
        // coordinates in Web Mercator metres, where the fixture is (122.4–122.6° east)
        assertThat(out).contains("POLYGON ((136");
    }

    @Test
    void qgisDrawsTheVectorAndMapTiles() {
        Path script = Path.of("src/test/resources/org/sheltergis/ogc/features/qgis_tiles.py")
                .toAbsolutePath();
        double[] box = fixtureBox();
        String boxText = d(box[0]) + "," + d(box[1]) + "," + d(box[2]) + "," + d(box[3]);
        JsonNode seen = Http.parse(lastLine(run(
                Map.of("QT_QPA_PLATFORM", "offscreen"), "/usr/bin/python3", script.toString(), collection(), boxText)));
        assertThat(seen.get("vector").get("valid").asBoolean()).isTrue();
        assertThat(seen.get("vector").get("pixels").asInt()).isPositive();
        assertThat(seen.get("map").get("valid").asBoolean()).isTrue();
        assertThat(seen.get("map").get("pixels").asInt()).isPositive();
    }

    /** The tile URL template of a tile set, in the ${z}/${y}/${x} form GDAL's TMS reader takes. */
    private static String template(String tileSetUrl) throws java.io.IOException, InterruptedException {
        // Fetched in Java: a new machine has GDAL (the client under test) but need not have curl.
        JsonNode doc = Http.parse(java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(tileSetUrl))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body());
        for (JsonNode link : doc.get("links")) {
            if (link.get("rel").asString().equals("item")) {
                return link.get("href")
                        .asString()
                        .replace("{tileMatrix}", "${z}")
                        .replace("{tileRow}", "${y}")
                        .replace("{tileCol}", "${x}");
            }
        }
        throw new AssertionError("no item link in " + doc);
    }

    /** The fixture's row of shelters (122.41–122.54° E, 32.5° N) in EPSG:3857: min x, min y, max x, max y. */
    private static double[] fixtureBox() {
        double r = 6378137;
        return new double[] {
            r * Math.toRadians(122.40), r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(32.49) / 2)),
            r * Math.toRadians(122.56), r * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(32.51) / 2))
        };
    }

    private static String d(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String lastLine(String out) {
        return out.lines()
                .filter(l -> l.startsWith("{"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no JSON in:\n" + out));
    }

    private static String run(String... command) {
        return run(Map.of(), command);
    }

    private static String run(Map<String, String> environment, String... command) {
        return Command.succeeding(environment, command);
    }
}
