package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The WMS through real HTTP against the real PostGIS: documents, images, exceptions, security and caching. */
@IntegrationTest
class WmsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource register;

    @Autowired
    DataVersion dataVersion;

    Http http;

    @AfterEach
    void removeTestData() {
        WmsTestData.remove(register);
    }

    @BeforeEach
    void setUp() {
        WmsTestData.load(register);
        http = new Http(port);
    }

    record Bytes(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        BufferedImage image() throws IOException {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(body));
            if (img == null) {
                throw new AssertionError("not an image: " + contentType + " " + text());
            }
            return img;
        }
    }

    Bytes get(String query, Map<String, String> headers) {
        try {
            var b = HttpRequest.newBuilder(URI.create(http.base() + query)).GET();
            headers.forEach(b::header);
            HttpResponse<byte[]> r =
                    HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Bytes get(String query) {
        return get(query, Map.of());
    }

    static final String MAP13 = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:4326"
            + "&BBOX=31.020,120.905,31.040,120.995&WIDTH=450&HEIGHT=100&STYLES=";
    /** A box round the restricted command work WMS-R1 and the non-public shelter WMS-R2 only. */
    static final String RESTRICTED_AREA = "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&SRS=EPSG:4326"
            + "&BBOX=120.915,31.055,120.955,31.065&WIDTH=400&HEIGHT=100&STYLES=&FORMAT=image/png&TRANSPARENT=TRUE";

    @Test
    void capabilities130ValidateAgainstTheSchemaAndListOnlyPublicLayers() throws Exception {
        for (String path : new String[] {"/wms", "/ows"}) {
            Bytes caps = get(path + "?service=WMS&request=GetCapabilities&version=1.3.0");
            assertThat(caps.contentType()).startsWith("text/xml");
            validate(caps.text(), "src/test/resources/ogc-schemas/wms-1.3.0/wms130_plus_sld.xsd");
            assertThat(caps.text())
                    .contains(
                            "<Name>shelters</Name>",
                            "<Name>districts</Name>",
                            "<Name>shelters_parking</Name>",
                            "人防疏散掩蔽工程",
                            "Public shelters",
                            "<CRS>EPSG:4549</CRS>",
                            "REQUEST=GetLegendGraphic",
                            "<OnlineResource xlink:type=\"simple\" xlink:href=\"" + http.base() + path + "?\"/>");
            assertThat(caps.text())
                    .doesNotContain(
                            "<Name>works</Name>",
                            "<Name>hazards</Name>",
                            "<Name>population</Name>",
                            "<Name>candidate_sites</Name>",
                            "<Name>work_entrances</Name>");
        }
    }

    @Test
    void capabilities111HaveTheDtdShapeAndLonLatBoxes() {
        Bytes caps = get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.1.1");
        assertThat(caps.contentType()).startsWith("application/vnd.ogc.wms_xml");
        assertThat(caps.text())
                .contains(
                        "<!DOCTYPE WMT_MS_Capabilities",
                        "<WMT_MS_Capabilities version=\"1.1.1\"",
                        "<SRS>EPSG:4326</SRS>",
                        "<LatLonBoundingBox",
                        "application/vnd.ogc.se_inimage");
        Bytes caps13 = get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&LANGUAGE=en");
        assertThat(caps13.text()).contains("<Title>Public shelters</Title>");
        // The same box: longitude first in 1.1.1, latitude first for EPSG:4326 in 1.3.0, longitude first for CRS:84.
        double[] old = box(caps.text(), "SRS=\"EPSG:4326\"");
        double[] lat = box(caps13.text(), "CRS=\"EPSG:4326\"");
        double[] crs84 = box(caps13.text(), "CRS=\"CRS:84\"");
        assertThat(old[0]).isBetween(118.0, 123.0);
        assertThat(old[1]).isBetween(30.0, 34.0);
        assertThat(lat).containsExactly(old[1], old[0], old[3], old[2]);
        assertThat(crs84).containsExactly(old);
    }

    @Test
    void onlineResourcesHonourForwardedHeaders() {
        Bytes caps = get(
                "/wms?SERVICE=WMS&REQUEST=GetCapabilities",
                Map.of(
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Host",
                        "gis.example.cn",
                        "X-Forwarded-Port",
                        "443",
                        "X-Forwarded-Prefix",
                        "/renfang"));
        assertThat(caps.text())
                .contains("xlink:href=\"https://gis.example.cn/renfang/wms?\"")
                .doesNotContain("localhost");
    }

    @Test
    void getMapDrawsPng32Png8AndJpegWithBackgroundAndTransparency() throws Exception {
        BufferedImage opaque = get(MAP13 + "&LAYERS=districts,shelters&FORMAT=image/png&BGCOLOR=0x102030")
                .image();
        assertThat(opaque.getWidth()).isEqualTo(450);
        assertThat(opaque.getRGB(3, 3) & 0xFFFFFF).isEqualTo(0x102030);
        // At this scale (~1:39,000) shelters are far-out points: an orange dot at WMS-T1 (lon 120.92, lat 31.03).
        int x = (int) Math.round((120.92 - 120.905) / 0.09 * 450);
        int y = 50;
        assertThat(isOrange(opaque.getRGB(x, y)))
                .as("orange at the upgraded shelter")
                .isTrue();
        Bytes png = get(MAP13 + "&LAYERS=shelters&FORMAT=image/png&TRANSPARENT=TRUE");
        assertThat(png.contentType()).isEqualTo("image/png");
        BufferedImage transparent = png.image();
        assertThat(transparent.getColorModel().hasAlpha()).isTrue();
        assertThat(transparent.getRGB(3, 3) >>> 24).isZero();
        Bytes png8 = get(MAP13 + "&LAYERS=shelters&FORMAT=image/png;%20mode=8bit&TRANSPARENT=TRUE");
        assertThat(png8.body()[25]).isEqualTo((byte) 3);
        assertThat(isOrange(png8.image().getRGB(x, y))).isTrue();
        Bytes jpeg = get(MAP13 + "&LAYERS=shelters&FORMAT=image/jpeg");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.image().getWidth()).isEqualTo(450);
    }

    @Test
    void parameterNamesAreCaseInsensitiveAndUnknownOnesIgnored() throws Exception {
        Bytes b = get("/wms?service=wms&Version=1.1.1&request=getmap&layers=shelters&srs=EPSG:4326"
                + "&bbox=120.905,31.02,120.995,31.04&width=90&height=20&format=image/png&whatever=1&styles=");
        assertThat(b.image().getWidth()).isEqualTo(90);
    }

    @Test
    void everyExceptionCodeComesFromTheRequestThatShouldProduceIt() {
        String map = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:4326&BBOX=31,120.9,31.1,121"
                + "&WIDTH=64&HEIGHT=64&FORMAT=image/png&STYLES=";
        expect(map + "&LAYERS=nowhere", "1.3.0", "LayerNotDefined", "layers");
        expect(map + "&LAYERS=works", "1.3.0", "LayerNotDefined", "layers");
        expect(map.replace("STYLES=", "STYLES=pink") + "&LAYERS=shelters", "1.3.0", "StyleNotDefined", "styles");
        expect(map.replace("EPSG:4326", "EPSG:32650") + "&LAYERS=shelters", "1.3.0", "InvalidCRS", "crs");
        expect(map.replace("image/png", "image/gif") + "&LAYERS=shelters", "1.3.0", "InvalidFormat", "format");
        expect(
                map.replace("BBOX=31,120.9,31.1,121", "BBOX=a,b,c,d") + "&LAYERS=shelters",
                "1.3.0",
                "InvalidParameterValue",
                "bbox");
        expect(map.replace("WIDTH=64", "WIDTH=100000") + "&LAYERS=shelters", "1.3.0", "InvalidParameterValue", "width");
        expect(map, "1.3.0", "MissingParameterValue", "layers");
        expect(
                "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&CRS=EPSG:4326&BBOX=31,120.9,31.1,121"
                        + "&WIDTH=64&HEIGHT=64&LAYERS=shelters&QUERY_LAYERS=shelters&I=70&J=3&INFO_FORMAT=text/html",
                "1.3.0",
                "InvalidPoint",
                "i");
        expect("/wms?SERVICE=WMS&REQUEST=DescribeEverything", "1.3.0", "OperationNotSupported", "request");
        expect(
                "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&SRS=EPSG:32650&BBOX=120.9,31,121,31.1"
                        + "&WIDTH=64&HEIGHT=64&FORMAT=image/png&LAYERS=shelters",
                "1.1.1",
                "InvalidSRS",
                "srs");
        expect(
                "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=shelters&STYLE=pink&FORMAT=image/png",
                "1.3.0",
                "StyleNotDefined",
                "styles");
    }

    private void expect(String query, String version, String code, String locator) {
        Bytes b = get(query);
        assertThat(b.status()).isEqualTo(200);
        assertThat(b.contentType()).startsWith(version.equals("1.1.1") ? "application/vnd.ogc.se_xml" : "text/xml");
        assertThat(b.text())
                .contains(
                        "<ServiceExceptionReport",
                        "version=\"" + version + "\"",
                        "code=\"" + code + "\"",
                        "locator=\"" + locator + "\"");
        if (version.equals("1.3.0")) {
            validate(b.text(), "src/test/resources/ogc-schemas/wms-1.3.0/wms/1.3.0/exceptions_1_3_0.xsd");
        }
        assertThat(b.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void exceptionsInImageAndBlank() throws Exception {
        String bad = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&CRS=EPSG:4326&BBOX=31,120.9,31.1,121"
                + "&WIDTH=300&HEIGHT=60&FORMAT=image/png&LAYERS=nowhere";
        Bytes inImage = get(bad + "&EXCEPTIONS=INIMAGE");
        assertThat(inImage.contentType()).isEqualTo("image/png");
        BufferedImage img = inImage.image();
        assertThat(countNonWhite(img)).isGreaterThan(50);
        Bytes blank = get(bad + "&EXCEPTIONS=BLANK&TRANSPARENT=TRUE");
        BufferedImage b = blank.image();
        assertThat(b.getWidth()).isEqualTo(300);
        assertThat(b.getRGB(150, 30) >>> 24).isZero();
        Bytes old = get(
                bad.replace("1.3.0", "1.1.1").replace("CRS=", "SRS=").replace("31,120.9,31.1,121", "120.9,31,121,31.1")
                        + "&EXCEPTIONS=application/vnd.ogc.se_inimage");
        assertThat(old.contentType()).isEqualTo("image/png");
    }

    @Test
    void restrictedWorksNeverReachAnonymousMapsOrFeatureInfo() throws Exception {
        // Every public layer over the area holding only a command work and a non-public shelter: nothing drawn.
        BufferedImage img = get(RESTRICTED_AREA + "&LAYERS=shelters,shelter_points,entrances,parking&STYLES=,,,")
                .image();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                assertThat(img.getRGB(x, y) >>> 24).as("pixel %d,%d", x, y).isZero();
            }
        }
        for (String format : new String[] {"application/json", "text/html", "text/plain", "application/vnd.ogc.gml"}) {
            Bytes info = get("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4326"
                    + "&BBOX=120.94,31.05,120.96,31.07&WIDTH=200&HEIGHT=200&X=100&Y=100&LAYERS=shelters,entrances"
                    + "&QUERY_LAYERS=shelters,entrances&FEATURE_COUNT=50&INFO_FORMAT=" + format);
            assertThat(info.text()).doesNotContain("测试指挥所", "WMS-R1", "保密", "command");
        }
        expect(RESTRICTED_AREA + "&LAYERS=works", "1.1.1", "LayerNotDefined", "layers");
        expect(RESTRICTED_AREA + "&LAYERS=work_entrances", "1.1.1", "LayerNotDefined", "layers");
    }

    @Test
    void featureInfoInEveryFormatWithIjXyAndFeatureCount() {
        String at = "&LAYERS=shelters,entrances&QUERY_LAYERS=shelters,entrances&FEATURE_COUNT=5";
        Bytes json =
                get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&CRS=EPSG:4326&BBOX=31.02,120.91,31.04,120.93"
                        + "&WIDTH=200&HEIGHT=200&I=100&J=100&INFO_FORMAT=application/json" + at);
        assertThat(json.contentType()).startsWith("application/json");
        var tree = Http.parse(json.text());
        assertThat(tree.get("features").get(0).get("properties").get("code").asString())
                .isEqualTo("WMS-T1");
        assertThat(tree.get("features").get(0).get("geometry").get("type").asString())
                .isEqualTo("MultiPolygon");
        Bytes html =
                get("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4326&BBOX=120.91,31.02,120.93,31.04"
                        + "&WIDTH=200&HEIGHT=200&X=100&Y=100&INFO_FORMAT=text/html" + at);
        assertThat(html.text()).contains("测试一号人防工程", "<table", "容纳人数");
        Bytes text =
                get("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4326&BBOX=120.91,31.02,120.93,31.04"
                        + "&WIDTH=200&HEIGHT=200&X=100&Y=100&INFO_FORMAT=text/plain" + at);
        assertThat(text.text()).contains("name = 测试一号人防工程", "Results for layer 'entrances': 0");
        Bytes gml =
                get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&CRS=EPSG:4326&BBOX=31.02,120.91,31.04,120.93"
                        + "&WIDTH=200&HEIGHT=200&I=100&J=100&INFO_FORMAT=application/vnd.ogc.gml" + at);
        assertThat(gml.text()).contains("<gml:featureMember>", "fid=\"shelters.", "gml:MultiPolygon");
        // The pedestrian entrance at lon 120.9190: pixel 90 of 200 across 120.91..120.93; two layers, both found.
        Bytes both =
                get("/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4326&BBOX=120.91,31.02,120.93,31.04"
                        + "&WIDTH=200&HEIGHT=200&X=90&Y=100&INFO_FORMAT=application/json" + at);
        assertThat(Http.parse(both.text()).get("features")).hasSize(2);
        Bytes one = get(
                "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&SRS=EPSG:4326&BBOX=120.90,31.00,121.00,31.10"
                        + "&WIDTH=100&HEIGHT=100&X=20&Y=70&INFO_FORMAT=application/json&LAYERS=entrances&QUERY_LAYERS=entrances&FEATURE_COUNT=1");
        assertThat(Http.parse(one.text()).get("features")).hasSize(1);
    }

    @Test
    void legendsDrawEveryStyle() throws Exception {
        for (String[] ls : new String[][] {
            {"shelters", "shelters_signage"},
            {"shelters", "shelters_use"},
            {"parking", "parking"},
            {"districts", "districts"}
        }) {
            Bytes b = get("/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=" + ls[0]
                    + "&STYLE=" + ls[1]);
            BufferedImage img = b.image();
            assertThat(img.getWidth()).isGreaterThan(40);
            assertThat(countNonWhite(img)).isGreaterThan(100);
        }
        BufferedImage single = get("/wms?SERVICE=WMS&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=shelters"
                        + "&RULE=upgraded&WIDTH=16&HEIGHT=16")
                .image();
        assertThat(single.getWidth()).isEqualTo(16);
        assertThat(isOrange(single.getRGB(8, 8))).isTrue();
    }

    @Test
    void mapsRevalidateWithEtagAndLastModified() {
        // Changes made outside the service are seen at the next poll: let it see the test features just loaded now.
        dataVersion.forget();
        String q = MAP13 + "&LAYERS=shelters&FORMAT=image/png";
        Bytes first = get(q);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get(q, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        assertThat(get(q.replace("WIDTH=450", "WIDTH=451"), Map.of("If-None-Match", etag))
                        .status())
                .isEqualTo(200);
        String caps = "/wms?SERVICE=WMS&REQUEST=GetCapabilities";
        String capsTag = get(caps).headers().firstValue("ETag").orElseThrow();
        assertThat(get(caps, Map.of("If-None-Match", capsTag)).status()).isEqualTo(304);
    }

    /** minx, miny, maxx, maxy of the districts layer's BoundingBox with that CRS attribute. */
    static double[] box(String caps, String crsAttribute) {
        String layer = caps.substring(caps.indexOf("<Name>districts</Name>"));
        var m = java.util.regex.Pattern.compile("<BoundingBox " + crsAttribute
                        + " minx=\"([-0-9.]+)\" miny=\"([-0-9.]+)\" maxx=\"([-0-9.]+)\" maxy=\"([-0-9.]+)\"")
                .matcher(layer);
        assertThat(m.find()).as(crsAttribute).isTrue();
        return new double[] {
            Double.parseDouble(m.group(1)),
            Double.parseDouble(m.group(2)),
            Double.parseDouble(m.group(3)),
            Double.parseDouble(m.group(4))
        };
    }

    static boolean isOrange(int argb) {
        int r = (argb >> 16) & 255;
        int g = (argb >> 8) & 255;
        int b = argb & 255;
        return (argb >>> 24) > 200 && r > 200 && g > 90 && g < 160 && b < 60;
    }

    static int countNonWhite(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if ((p >>> 24) > 0 && (p & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    static void validate(String xml, String schemaPath) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            Validator v = factory.newSchema(Path.of(schemaPath).toFile()).newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not valid against " + schemaPath + ": " + e.getMessage() + "\n" + xml, e);
        }
    }
}
