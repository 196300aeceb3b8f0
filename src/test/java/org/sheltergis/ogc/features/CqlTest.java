package org.sheltergis.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.layers.Attribute;
import tools.jackson.databind.json.JsonMapper;

/** The CQL2 grammar (Text and JSON) and its translation to SQL: every operator and every error. */
class CqlTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<Attribute> QUERYABLES = List.of(
            Attribute.text("name", "名称", "Name"),
            Attribute.integer("capacity", "容纳人数", "Capacity"),
            Attribute.bool("has_parking", "可停车", "Parking"),
            Attribute.number("area", "面积", "Area"),
            Attribute.date("inspected", "巡查", "Inspected"),
            Attribute.timestamp("changed_at", "更新", "Changed"));

    static FilterSql.Condition text(String filter) {
        return FilterSql.translate(CqlText.parse(filter), QUERYABLES, FeatureCrs.CRS84);
    }

    static FilterSql.Condition json(String filter) {
        return FilterSql.translate(CqlJson.parse(JSON, filter), QUERYABLES, FeatureCrs.CRS84);
    }

    @Test
    void comparisonsOfEveryType() {
        var c = text("capacity >= 100 AND name = 'A''s' AND has_parking = TRUE AND area < 1.5e3");
        assertThat(c.sql())
                .isEqualTo("((t.\"capacity\" >= :f0) AND (t.\"name\" = :f1) AND (t.\"has_parking\" = :f2)"
                        + " AND (t.\"area\" < :f3))");
        assertThat(c.params()).containsEntry("f1", "A's").containsEntry("f2", true);
        assertThat(c.params().get("f0").toString()).isEqualTo("100");
        for (String op : List.of("=", "<>", "<", "<=", ">", ">=")) {
            assertThat(text("capacity " + op + " 5").sql()).isEqualTo("(t.\"capacity\" " + op + " :f0)");
        }
        assertThat(text("inspected > DATE('2024-05-01')").params().get("f0"))
                .isEqualTo(java.sql.Date.valueOf("2024-05-01"));
        assertThat(text("changed_at <= TIMESTAMP('2024-05-01T08:00:00Z')")
                        .params()
                        .get("f0")
                        .toString())
                .isEqualTo("2024-05-01T08:00Z");
        assertThat(text("capacity > area").sql()).isEqualTo("(t.\"capacity\" > t.\"area\")");
    }

    @Test
    void logicalOperatorsBindAsTheGrammarSays() {
        assertThat(text("capacity = 1 OR capacity = 2 AND NOT has_parking = FALSE")
                        .sql())
                .isEqualTo("((t.\"capacity\" = :f0) OR ((t.\"capacity\" = :f1) AND (NOT (t.\"has_parking\" = :f2))))");
        assertThat(text("(capacity = 1 OR capacity = 2) and name <> 'x'").sql())
                .isEqualTo("(((t.\"capacity\" = :f0) OR (t.\"capacity\" = :f1)) AND (t.\"name\" <> :f2))");
        assertThat(text("TRUE").sql()).isEqualTo("TRUE");
        assertThat(text("\"name\" = 'quoted'").sql()).isEqualTo("(t.\"name\" = :f0)");
    }

    @Test
    void advancedComparisons() {
        assertThat(text("name LIKE '测试%'").sql()).isEqualTo("(t.\"name\" LIKE :f0)");
        assertThat(text("name NOT LIKE 'a_'").sql()).isEqualTo("(NOT (t.\"name\" LIKE :f0))");
        assertThat(text("capacity BETWEEN 10 AND 20").sql()).isEqualTo("(t.\"capacity\" BETWEEN :f0 AND :f1)");
        assertThat(text("capacity NOT BETWEEN 10 AND 20").sql()).startsWith("(NOT (t.\"capacity\" BETWEEN");
        assertThat(text("name IN ('a', 'b', 'c')").sql()).isEqualTo("(t.\"name\" IN (:f0, :f1, :f2))");
        assertThat(text("capacity NOT IN (1, 2)").sql()).isEqualTo("(NOT (t.\"capacity\" IN (:f0, :f1)))");
        assertThat(text("name IS NULL").sql()).isEqualTo("(t.\"name\" IS NULL)");
        assertThat(text("name IS NOT NULL").sql()).isEqualTo("(NOT (t.\"name\" IS NULL))");
    }

    @Test
    void spatialFunctionsWithPointsBoxesAndPolygons() {
        var point = text("S_INTERSECTS(geometry, POINT(120.9 32.0))");
        assertThat(point.sql()).isEqualTo("(ST_Intersects(t.geom, ST_SetSRID(ST_GeomFromText(:f0), 4326)))");
        assertThat(point.params()).containsEntry("f0", "POINT (120.9 32)");
        assertThat(text("s_within(geometry, BBOX(120, 31, 122, 33))").params().get("f0"))
                .isEqualTo("POLYGON ((120 31, 120 33, 122 33, 122 31, 120 31))");
        // ENVELOPE(west, east, north, south), the older CQL form
        assertThat(text("S_WITHIN(geometry, ENVELOPE(120, 122, 33, 31))")
                        .params()
                        .get("f0"))
                .isEqualTo("POLYGON ((120 31, 120 33, 122 33, 122 31, 120 31))");
        assertThat(text("S_INTERSECTS(geometry, POLYGON((120 31, 122 31, 122 33, 120 31)))")
                        .sql())
                .startsWith("(ST_Intersects(t.geom,");
        for (String f : List.of("S_CONTAINS", "S_DISJOINT", "S_EQUALS", "S_TOUCHES", "S_OVERLAPS", "S_CROSSES")) {
            assertThat(text(f + "(geometry, POINT(1 2))").sql()).startsWith("(" + Cql.postgisFunction(f) + "(t.geom");
        }
        // In EPSG:4549 the literal is northing, easting in metres: flipped, then transformed to the layers' lon/lat.
        var projected = FilterSql.translate(
                CqlText.parse("S_INTERSECTS(geometry, POINT(3542206 585045))"), QUERYABLES, FeatureCrs.EPSG_4549);
        assertThat(projected.sql())
                .contains("ST_Transform(ST_SetSRID(ST_FlipCoordinates(ST_GeomFromText(:f0)), " + "4549), 4326)");
    }

    @Test
    void cql2JsonGivesTheSameTree() {
        assertThat(json("{\"op\":\"and\",\"args\":[{\"op\":\">=\",\"args\":[{\"property\":\"capacity\"},100]},"
                                + "{\"op\":\"like\",\"args\":[{\"property\":\"name\"},\"测试%\"]}]}")
                        .sql())
                .isEqualTo(text("capacity >= 100 AND name LIKE '测试%'").sql());
        assertThat(json("{\"op\":\"not\",\"args\":[{\"op\":\"isNull\",\"args\":[{\"property\":\"name\"}]}]}")
                        .sql())
                .isEqualTo("(NOT (t.\"name\" IS NULL))");
        assertThat(json("{\"op\":\"between\",\"args\":[{\"property\":\"capacity\"},1,2]}")
                        .sql())
                .isEqualTo("(t.\"capacity\" BETWEEN :f0 AND :f1)");
        assertThat(json("{\"op\":\"in\",\"args\":[{\"property\":\"name\"},[\"a\",\"b\"]]}")
                        .sql())
                .isEqualTo("(t.\"name\" IN (:f0, :f1))");
        assertThat(json("{\"op\":\"or\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"inspected\"},"
                                + "{\"date\":\"2024-05-01\"}]},{\"op\":\"<\",\"args\":[{\"property\":\"changed_at\"},"
                                + "{\"timestamp\":\"2024-05-01T00:00:00Z\"}]}]}")
                        .sql())
                .startsWith("((t.\"inspected\" = :f0) OR");
        assertThat(json("{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
                                + "{\"type\":\"Point\",\"coordinates\":[120.9,32.0]}]}")
                        .params())
                .containsEntry("f0", "POINT (120.9 32)");
        assertThat(json("{\"op\":\"s_within\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[120,31,122,33]}]}")
                        .params()
                        .get("f0"))
                .isEqualTo("POLYGON ((120 31, 120 33, 122 33, 122 31, 120 31))");
        assertThat(json("{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Polygon\","
                                + "\"coordinates\":[[[120,31],[122,31],[122,33],[120,31]]]}]}")
                        .sql())
                .contains("ST_Intersects");
        assertThat(json("true").sql()).isEqualTo("TRUE");
    }

    @Test
    void everyTextErrorNamesItsPosition() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("", "1");
        cases.put("capacity >", "11");
        cases.put("capacity = 1 AND", "17");
        cases.put("capacity = 1 capacity", "14");
        cases.put("capacity ! 1", "10");
        cases.put("(capacity = 1", "14");
        cases.put("name = 'open", "8");
        cases.put("\"name = 1", "1");
        cases.put("name IS 1", "9");
        cases.put("name NOT = 1", "10");
        cases.put("capacity BETWEEN 1 OR 2", "20");
        cases.put("name IN 'a'", "9");
        cases.put("inspected = DATE('yesterday')", "18");
        cases.put("inspected = DATE(1)", "18");
        cases.put("capacity = 1.2.3", "12");
        cases.put("upper(name) = 'A'", "1");
        cases.put("and = 1", "1");
        cases.put("S_INTERSECTS(geometry, POINT(1 2)", "34");
        cases.put("S_INTERSECTS(geometry, POINT(1 x))", "24");
        cases.put("S_INTERSECTS(geometry, POLYGON((0 0, 1 0, 1 1)))", "24");
        cases.put("S_INTERSECTS(geometry, BBOX(2, 2, 1, 1))", "24");
        cases.put("S_INTERSECTS(geometry, BBOX(1, 2, 3))", "36");
        cases.put("S_INTERSECTS(geometry, BBOX(0, 0, 1, 1, 2, 2))", "40");
        cases.put("S_INTERSECTS(geometry, 5)", "24");
        cases.forEach((filter, position) -> assertThatThrownBy(() -> text(filter))
                .as(filter)
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("filter");
                    assertThat(e.getBody().getProperties())
                            .as(filter + ": " + e.getBody().getDetail())
                            .containsEntry("position", position);
                }));
    }

    @Test
    void unknownAndUnreadablePropertiesAndTypeMismatchesAreRefused() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("function = 'command'", "unknown property 'function'");
        cases.put("S_INTERSECTS(footprint, POINT(1 2))", "unknown property 'footprint'");
        cases.put("S_INTERSECTS(name, POINT(1 2))", "'name' is not a geometry");
        cases.put("geometry = 1", "spatial functions");
        cases.put("capacity = 'ten'", "compares the number property 'capacity' with a string value");
        cases.put("name LIKE 5", "LIKE compares text");
        cases.put("has_parking > TRUE", "does not order boolean");
        cases.put("name BETWEEN 'a' AND 'b'", "BETWEEN takes numbers");
        cases.put("capacity IN (1, 'a')", "IN compares");
        cases.put("inspected = TIMESTAMP('2024-01-01T00:00:00Z')", "compares the date property");
        cases.forEach((filter, message) -> assertThatThrownBy(() -> text(filter))
                .as(filter)
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getBody().getDetail()).contains(message)));
        assertThatThrownBy(() -> text("capacity = 1 AND function = 'command'"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getBody().getProperties()).containsEntry("position", "18"));
    }

    @Test
    void everyJsonErrorNamesItsPointer() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{", "/");
        cases.put("42", "/");
        cases.put("{\"op\":\"=\"}", "/args");
        cases.put("{\"op\":\"xor\",\"args\":[]}", "/op");
        cases.put("{\"op\":\"and\",\"args\":[true]}", "/args");
        cases.put("{\"op\":\"=\",\"args\":[{\"property\":\"name\"}]}", "/args");
        cases.put("{\"op\":\"not\",\"args\":[5]}", "/args/0");
        cases.put("{\"op\":\"=\",\"args\":[{\"property\":\"name\"},[1]]}", "/args/1");
        cases.put("{\"op\":\"in\",\"args\":[{\"property\":\"name\"},\"a\"]}", "/args/1");
        cases.put("{\"op\":\"=\",\"args\":[{\"property\":\"inspected\"},{\"date\":\"soon\"}]}", "/args/1");
        cases.put("{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[1,2]}]}", "/args/1/bbox");
        cases.put(
                "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"type\":\"Point\","
                        + "\"coordinates\":\"x\"}]}",
                "/args/1");
        cases.put("{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},7]}", "/args/1");
        cases.put(
                "{\"op\":\"and\",\"args\":[true,{\"op\":\"=\",\"args\":[{\"property\":\"secret\"},1]}]}",
                "/args/1/args/0");
        cases.forEach((filter, pointer) -> assertThatThrownBy(() -> json(filter))
                .as(filter)
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getBody().getProperties())
                                .as(filter + ": " + e.getBody().getDetail())
                                .containsEntry("position", pointer)));
    }
}
