package org.sheltergis.ogc.features;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.sheltergis.common.BadRequestException;

/**
 * A CQL2 filter as a tree (OGC 21-065). Both encodings, CQL2 Text ({@link CqlText}) and CQL2 JSON ({@link CqlJson}),
 * parse into it and {@link FilterSql} translates it. Every node carries where it came from in the filter ({@code at}:
 * a character position of the text or a JSON pointer), so an error found late still names the place.
 */
sealed interface Cql {

    String at();

    /** What a comparison, LIKE, BETWEEN or IN compares: a property or a literal. */
    sealed interface Scalar {
        String at();
    }

    /** What a spatial function compares: the geometry property or a geometry literal. */
    sealed interface Spatial {
        String at();
    }

    record Property(String name, String at) implements Scalar, Spatial {}

    /** A literal; {@code type} is the queryable type it may be compared with (string, number, boolean, date, date-time). */
    record Literal(Object value, String type, String at) implements Scalar {}

    /** A geometry literal as written: in the filter's CRS ({@code filter-crs}) and that CRS's axis order. */
    record GeometryLiteral(Geometry geometry, String at) implements Spatial {}

    record And(List<Cql> args, String at) implements Cql {}

    record Or(List<Cql> args, String at) implements Cql {}

    record Not(Cql arg, String at) implements Cql {}

    record Constant(boolean value, String at) implements Cql {}

    /** {@code op} is one of = <> < <= > >=. */
    record Compare(String op, Scalar left, Scalar right, String at) implements Cql {}

    record Like(Scalar value, Scalar pattern, String at) implements Cql {}

    record Between(Scalar value, Scalar low, Scalar high, String at) implements Cql {}

    record In(Scalar value, List<Scalar> list, String at) implements Cql {}

    record IsNull(Scalar value, String at) implements Cql {}

    /** {@code function} is a CQL2 spatial function name in upper case, e.g. S_INTERSECTS. */
    record SpatialCompare(String function, Spatial left, Spatial right, String at) implements Cql {}

    /** The spatial functions of CQL2 and the PostGIS function each one is. */
    static String postgisFunction(String function) {
        return switch (function) {
            case "S_INTERSECTS" -> "ST_Intersects";
            case "S_WITHIN" -> "ST_Within";
            case "S_CONTAINS" -> "ST_Contains";
            case "S_DISJOINT" -> "ST_Disjoint";
            case "S_EQUALS" -> "ST_Equals";
            case "S_TOUCHES" -> "ST_Touches";
            case "S_OVERLAPS" -> "ST_Overlaps";
            case "S_CROSSES" -> "ST_Crosses";
            default -> null;
        };
    }

    /**
     * A fault in the filter: a 400 naming the parameter {@code filter} and the place ({@code position}: the character
     * number in CQL2 Text, counted from 1, or a JSON pointer in CQL2 JSON).
     */
    static BadRequestException error(String at, String message) {
        String where = at.startsWith("/") || at.isEmpty() ? "at " + (at.isEmpty() ? "/" : at) : "at character " + at;
        BadRequestException e = new BadRequestException("filter", "filter " + where + ": " + message);
        e.getBody().setProperty("position", at.isEmpty() ? "/" : at);
        return e;
    }
}
