package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Command;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WMS in CGCS2000: the capabilities offer EPSG:4490 and EPSG:4549, and GetMap in either draws the same map as in
 * EPSG:4326 up to reprojection — checked by GDAL, which georeferences the EPSG:4549 image and warps it back to
 * EPSG:4326 for a pixel comparison.
 */
@IntegrationTest
class WmsCgcs2000Test {

    // Around the test shelter WMS-T1 (120.9192..120.9208 E, 31.0293..31.0307 N), wms/test_data.sql.
    static final double W = 120.915;
    static final double S = 31.026;
    static final double E = 120.925;
    static final double N = 31.034;
    static final int WIDTH = 400;
    static final int HEIGHT = 320;

    @LocalServerPort
    int port;

    @Autowired
    DataSource register;

    @Autowired
    JdbcClient db;

    Path out;

    @BeforeEach
    void setUp() throws Exception {
        WmsTestData.load(register);
        out = Files.createDirectories(Path.of("target/wms-cgcs2000"));
    }

    @AfterEach
    void tearDown() {
        WmsTestData.remove(register);
    }

    @Test
    void capabilitiesOfferBothCgcs2000Systems() throws Exception {
        for (String version : List.of("1.3.0", "1.1.1")) {
            String caps = new String(
                    get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=" + version), StandardCharsets.UTF_8);
            String tag = version.equals("1.3.0") ? "CRS" : "SRS";
            assertThat(caps).contains("<" + tag + ">EPSG:4490</" + tag + ">", "<" + tag + ">EPSG:4549</" + tag + ">");
        }
    }

    @Test
    void epsg4490DrawsTheSameMapAsEpsg4326() throws Exception {
        BufferedImage wgs84 = map("EPSG:4326", S + "," + W + "," + N + "," + E, WIDTH, HEIGHT);
        BufferedImage cgcs = map("EPSG:4490", S + "," + W + "," + N + "," + E, WIDTH, HEIGHT);
        assertThat(orange(wgs84)).isGreaterThan(1000);
        assertThat(overlap(wgs84, cgcs)).isGreaterThan(0.97);
    }

    @Test
    void epsg4549DrawsTheSameMapAsEpsg4326UpToReprojection() throws Exception {
        BufferedImage wgs84 = map("EPSG:4326", S + "," + W + "," + N + "," + E, WIDTH, HEIGHT);
        // The lon/lat box in Gauss-Kruger metres (its bounds), asked northing first as WMS 1.3.0 and EPSG:4549 say.
        double[] gk = db.sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Transform("
                        + "ST_MakeEnvelope(:w, :s, :e, :n, 4326), 4549)::box2d::geometry e) x")
                .param("w", W)
                .param("s", S)
                .param("e", E)
                .param("n", N)
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();
        int height = (int) Math.round(WIDTH * (gk[3] - gk[1]) / (gk[2] - gk[0]));
        byte[] png = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=shelters&STYLES=&FORMAT=image/png"
                + "&CRS=EPSG:4549&BBOX=" + gk[1] + "," + gk[0] + "," + gk[3] + "," + gk[2]
                + "&WIDTH=" + WIDTH + "&HEIGHT=" + height);
        Path raw = out.resolve("map-4549.png");
        Files.write(raw, png);
        Path referenced = out.resolve("map-4549.tif");
        Path warped = out.resolve("map-4549-in-4326.png");
        gdal(
                "gdal_translate",
                "-q",
                "-a_srs",
                "EPSG:4549",
                "-a_ullr",
                Double.toString(gk[0]),
                Double.toString(gk[3]),
                Double.toString(gk[2]),
                Double.toString(gk[1]),
                raw.toString(),
                referenced.toString());
        Path warpedTif = out.resolve("map-4549-in-4326.tif");
        Files.deleteIfExists(warpedTif);
        gdal(
                "gdalwarp",
                "-q",
                "-overwrite",
                "-t_srs",
                "EPSG:4326",
                "-te",
                Double.toString(W),
                Double.toString(S),
                Double.toString(E),
                Double.toString(N),
                "-ts",
                Integer.toString(WIDTH),
                Integer.toString(HEIGHT),
                "-r",
                "near",
                referenced.toString(),
                warpedTif.toString());
        gdal("gdal_translate", "-q", "-of", "PNG", warpedTif.toString(), warped.toString());
        BufferedImage back = ImageIO.read(warped.toFile());
        assertThat(back.getWidth()).isEqualTo(WIDTH);
        assertThat(orange(back)).isGreaterThan(1000);
        assertThat(overlap(wgs84, back)).isGreaterThan(0.9);
    }

    private BufferedImage map(String crs, String bbox, int width, int height) throws Exception {
        byte[] png = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=shelters&STYLES=&FORMAT=image/png"
                + "&CRS=" + crs + "&BBOX=" + bbox + "&WIDTH=" + width + "&HEIGHT=" + height);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        ImageIO.write(
                img, "png", out.resolve("map-" + crs.replace(':', '-') + ".png").toFile());
        return img;
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private static void gdal(String... command) {
        Command.succeeding(command);
    }

    private static int orange(BufferedImage img) {
        return WmsClientsTest.orangePixels(img);
    }

    /** Intersection over union of the two images' orange (shelter fill) pixels. */
    private static double overlap(BufferedImage a, BufferedImage b) {
        int both = 0;
        int either = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                boolean oa = WmsHttpTest.isOrange(a.getRGB(x, y));
                boolean ob = WmsHttpTest.isOrange(b.getRGB(x, y));
                both += oa && ob ? 1 : 0;
                either += oa || ob ? 1 : 0;
            }
        }
        return either == 0 ? 0 : (double) both / either;
    }
}
