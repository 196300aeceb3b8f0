package org.sheltergis.ogc.wms.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.ogc.wms.WmsException;
import org.sheltergis.ogc.wms.WmsProperties;
import org.sheltergis.ogc.wms.styles.StyleLibrary;
import org.sheltergis.security.CallerAccess;

/** Parsing alone: axis order per version and CRS, defaults, and the exception code of each bad parameter. */
class WmsRequestParserTest {

    private final LayerCatalog catalog = new LayerCatalog();
    private final WmsRequestParser parser = new WmsRequestParser(
            catalog,
            CallerAccess.standard(catalog),
            new StyleLibrary(catalog),
            new WmsProperties(4096, 4096, 1000, null, null, null, null));

    private static String[] base(String version, String crsName, String crs, String bbox) {
        return new String[] {
            "request",
            "GetMap",
            "VERSION",
            version,
            "layers",
            "districts,shelters",
            "styles",
            "",
            crsName,
            crs,
            "BBOX",
            bbox,
            "width",
            "256",
            "HEIGHT",
            "256",
            "format",
            "image/png"
        };
    }

    private MapRequest map(String... kv) {
        return parser.map(Params.of(kv));
    }

    @Test
    void axisOrderFollowsVersionAndCrs() {
        Envelope lonLat = new Envelope(120.8, 121.0, 31.9, 32.1);
        assertThat(map(base("1.3.0", "CRS", "EPSG:4326", "31.9,120.8,32.1,121.0"))
                        .bbox())
                .isEqualTo(lonLat);
        assertThat(map(base("1.3.0", "CRS", "EPSG:4490", "31.9,120.8,32.1,121.0"))
                        .bbox())
                .isEqualTo(lonLat);
        assertThat(map(base("1.3.0", "CRS", "CRS:84", "120.8,31.9,121.0,32.1")).bbox())
                .isEqualTo(lonLat);
        assertThat(map(base("1.1.1", "SRS", "EPSG:4326", "120.8,31.9,121.0,32.1"))
                        .bbox())
                .isEqualTo(lonLat);
        // EPSG:4549 is northing first in 1.3.0.
        assertThat(map(base("1.3.0", "CRS", "EPSG:4549", "3530000,480000,3550000,500000"))
                        .bbox())
                .isEqualTo(new Envelope(480000, 500000, 3530000, 3550000));
        assertThat(map(base("1.1.1", "SRS", "EPSG:4549", "480000,3530000,500000,3550000"))
                        .bbox())
                .isEqualTo(new Envelope(480000, 500000, 3530000, 3550000));
        assertThat(map(base("1.3.0", "CRS", "EPSG:3857", "13438000,3754000,13439000,3755000"))
                        .crs())
                .isEqualTo(Crs.EPSG_3857);
    }

    @Test
    void defaultsAndTypedValues() {
        MapRequest m = map(base("1.3.0", "CRS", "EPSG:4326", "31.9,120.8,32.1,121.0"));
        assertThat(m.layers()).extracting(l -> l.style().name()).containsExactly("districts", "shelters_signage");
        assertThat(m.format()).isEqualTo(ImageFormat.PNG);
        assertThat(m.transparent()).isFalse();
        MapRequest t = map(
                "request",
                "GetMap",
                "version",
                "1.3.0",
                "layers",
                "shelters",
                "styles",
                "shelters_use",
                "crs",
                "EPSG:3857",
                "bbox",
                "0,0,1000,1000",
                "width",
                "100",
                "height",
                "100",
                "format",
                "image/png; mode=8bit",
                "transparent",
                "TRUE",
                "bgcolor",
                "0x112233",
                "unknown",
                "ignored");
        assertThat(t.format()).isEqualTo(ImageFormat.PNG8);
        assertThat(t.transparent()).isTrue();
        assertThat(t.background().getRGB() & 0xFFFFFF).isEqualTo(0x112233);
        assertThat(t.layers().get(0).style().name()).isEqualTo("shelters_use");
        assertThat(t.scaleDenominator()).isEqualTo(1000 / (100 * 0.00028), org.assertj.core.data.Offset.offset(1e-6));
    }

    private void fails(String code, String locator, String... kv) {
        assertThatThrownBy(() -> parser.map(Params.of(kv))).isInstanceOfSatisfying(WmsException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.locator()).isEqualTo(locator);
        });
    }

    @Test
    void eachBadParameterHasItsCode() {
        String[] ok = base("1.3.0", "CRS", "EPSG:4326", "31.9,120.8,32.1,121.0");
        fails("LayerNotDefined", "layers", with(ok, "layers", "nothing"));
        fails("LayerNotDefined", "layers", with(ok, "layers", "works"));
        fails("StyleNotDefined", "styles", with(ok, "styles", "districts,nope"));
        fails("InvalidParameterValue", "styles", with(ok, "styles", "districts"));
        fails("InvalidCRS", "crs", with(ok, "CRS", "EPSG:2000"));
        fails("InvalidFormat", "format", with(ok, "format", "image/gif"));
        fails("InvalidParameterValue", "bbox", with(ok, "BBOX", "1,2,3"));
        fails("InvalidParameterValue", "bbox", with(ok, "BBOX", "32.1,120.8,31.9,121.0"));
        fails("InvalidParameterValue", "width", with(ok, "width", "5000"));
        fails("InvalidParameterValue", "height", with(ok, "HEIGHT", "0"));
        fails("InvalidParameterValue", "transparent", with(ok, "transparent", "yes"));
        fails("InvalidParameterValue", "bgcolor", with(ok, "bgcolor", "red"));
        fails("InvalidParameterValue", "version", with(ok, "VERSION", "2.0.0"));
        fails("MissingParameterValue", "bbox", with(ok, "BBOX", ""));
        fails("MissingParameterValue", "crs", with(ok, "CRS", ""));
    }

    @Test
    void featureInfoReadsIjOrXy() {
        String[] ok = base("1.3.0", "CRS", "EPSG:4326", "31.9,120.8,32.1,121.0");
        var r = parser.featureInfo(Params.of(concat(
                ok,
                "query_layers",
                "shelters",
                "i",
                "10",
                "j",
                "20",
                "info_format",
                "application/json",
                "feature_count",
                "3")));
        assertThat(r.i()).isEqualTo(10);
        assertThat(r.j()).isEqualTo(20);
        assertThat(r.featureCount()).isEqualTo(3);
        String[] old = base("1.1.1", "SRS", "EPSG:4326", "120.8,31.9,121.0,32.1");
        var o = parser.featureInfo(Params.of(concat(old, "query_layers", "shelters", "x", "5", "y", "6")));
        assertThat(o.i()).isEqualTo(5);
        assertThat(o.infoFormat()).isEqualTo(InfoFormat.TEXT);
        assertThatThrownBy(() -> parser.featureInfo(Params.of(
                        concat(ok, "query_layers", "shelters", "i", "300", "j", "1", "info_format", "text/html"))))
                .isInstanceOfSatisfying(
                        WmsException.class, e -> assertThat(e.code()).isEqualTo("InvalidPoint"));
        assertThatThrownBy(() -> parser.featureInfo(Params.of(
                        concat(ok, "query_layers", "shelters", "i", "3", "j", "1", "info_format", "image/png"))))
                .isInstanceOfSatisfying(
                        WmsException.class, e -> assertThat(e.code()).isEqualTo("InvalidFormat"));
    }

    static String[] with(String[] kv, String key, String value) {
        String[] out = kv.clone();
        for (int i = 0; i < out.length; i += 2) {
            if (out[i].equalsIgnoreCase(key)) {
                out[i + 1] = value;
                return out;
            }
        }
        return concat(out, key, value);
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
