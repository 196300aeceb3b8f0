package org.sheltergis.ogc.features;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.io.WKTWriter;
import org.sheltergis.layers.Attribute;

/**
 * Translates a {@link Cql} tree into a SQL condition over a layer's view (alias {@code t}). Every value is a bound
 * parameter; the only identifiers written are the attributes the caller may read ({@code queryables}) and the geometry
 * column, so a filter naming anything else — a restricted attribute included — is refused as unknown, never reaches
 * SQL. Types are checked before SQL sees them, so a mismatch is a 400 naming its place, not a database error.
 */
final class FilterSql {

    /** The queryable name of the geometry (the layers' column is {@code geom}). */
    static final String GEOMETRY = "geometry";

    private static final Set<String> ORDERED = Set.of("number", "date", "date-time", "string");

    record Condition(String sql, Map<String, Object> params) {}

    private final Map<String, String> types;
    private final FeatureCrs filterCrs;
    private final Map<String, Object> params = new HashMap<>();

    private FilterSql(List<Attribute> queryables, FeatureCrs filterCrs) {
        this.types = queryables.stream()
                .collect(Collectors.toMap(Attribute::name, a -> a.type().equals("integer") ? "number" : a.type()));
        this.filterCrs = filterCrs;
    }

    static Condition translate(Cql filter, List<Attribute> queryables, FeatureCrs filterCrs) {
        FilterSql t = new FilterSql(queryables, filterCrs);
        return new Condition(t.sql(filter), Map.copyOf(t.params));
    }

    private String sql(Cql node) {
        if (node instanceof Cql.And a) {
            return a.args().stream().map(this::sql).collect(Collectors.joining(" AND ", "(", ")"));
        }
        if (node instanceof Cql.Or o) {
            return o.args().stream().map(this::sql).collect(Collectors.joining(" OR ", "(", ")"));
        }
        if (node instanceof Cql.Not n) {
            return "(NOT " + sql(n.arg()) + ")";
        }
        if (node instanceof Cql.Constant c) {
            return c.value() ? "TRUE" : "FALSE";
        }
        if (node instanceof Cql.Compare c) {
            String type = sameType(c.left(), c.right(), c.op());
            if (!c.op().equals("=") && !c.op().equals("<>") && !ORDERED.contains(type)) {
                throw Cql.error(c.at(), "'" + c.op() + "' does not order " + type + " values; use = or <>");
            }
            return "(" + scalar(c.left()) + " " + c.op() + " " + scalar(c.right()) + ")";
        }
        if (node instanceof Cql.Like l) {
            if (!type(l.value()).equals("string") || !type(l.pattern()).equals("string")) {
                throw Cql.error(l.at(), "LIKE compares text with a text pattern");
            }
            return "(" + scalar(l.value()) + " LIKE " + scalar(l.pattern()) + ")";
        }
        if (node instanceof Cql.Between b) {
            String type = sameType(b.value(), b.low(), "BETWEEN");
            sameType(b.value(), b.high(), "BETWEEN");
            if (type.equals("boolean") || type.equals("string")) {
                throw Cql.error(b.at(), "BETWEEN takes numbers, dates or timestamps, not " + type + " values");
            }
            return "(" + scalar(b.value()) + " BETWEEN " + scalar(b.low()) + " AND " + scalar(b.high()) + ")";
        }
        if (node instanceof Cql.In in) {
            in.list().forEach(v -> sameType(in.value(), v, "IN"));
            return "(" + scalar(in.value()) + " IN ("
                    + in.list().stream().map(this::scalar).collect(Collectors.joining(", ")) + "))";
        }
        if (node instanceof Cql.IsNull n) {
            return "(" + scalar(n.value()) + " IS NULL)";
        }
        Cql.SpatialCompare s = (Cql.SpatialCompare) node;
        return "(" + Cql.postgisFunction(s.function()) + "(" + spatial(s.left()) + ", " + spatial(s.right()) + "))";
    }

    private String sameType(Cql.Scalar left, Cql.Scalar right, String op) {
        String a = type(left);
        String b = type(right);
        if (!a.equals(b)) {
            throw Cql.error(right.at(), op + " compares " + describe(left, a) + " with " + describe(right, b));
        }
        return a;
    }

    private static String describe(Cql.Scalar s, String type) {
        return s instanceof Cql.Property p ? "the " + type + " property '" + p.name() + "'" : "a " + type + " value";
    }

    private String type(Cql.Scalar s) {
        if (s instanceof Cql.Literal l) {
            return l.type();
        }
        Cql.Property p = (Cql.Property) s;
        if (p.name().equals(GEOMETRY)) {
            throw Cql.error(
                    p.at(),
                    "'" + GEOMETRY + "' is compared with spatial functions such as "
                            + "S_INTERSECTS, not with comparison operators");
        }
        String type = types.get(p.name());
        if (type == null) {
            throw unknown(p);
        }
        return type;
    }

    private String scalar(Cql.Scalar s) {
        if (s instanceof Cql.Property p) {
            type(p);
            return "t.\"" + p.name() + "\"";
        }
        Cql.Literal l = (Cql.Literal) s;
        String name = "f" + params.size();
        params.put(name, l.value() instanceof LocalDate d ? java.sql.Date.valueOf(d) : l.value());
        return ":" + name;
    }

    private String spatial(Cql.Spatial s) {
        if (s instanceof Cql.Property p) {
            if (!p.name().equals(GEOMETRY)) {
                throw types.containsKey(p.name())
                        ? Cql.error(p.at(), "'" + p.name() + "' is not a geometry; the geometry is '" + GEOMETRY + "'")
                        : unknown(p);
            }
            return "t.geom";
        }
        Cql.GeometryLiteral g = (Cql.GeometryLiteral) s;
        String name = "f" + params.size();
        params.put(name, new WKTWriter(2).write(g.geometry()));
        return filterCrs.inputSql("ST_GeomFromText(:" + name + ")");
    }

    private RuntimeException unknown(Cql.Property p) {
        return Cql.error(
                p.at(),
                "unknown property '" + p.name() + "'; the queryables are "
                        + String.join(", ", types.keySet().stream().sorted().toList()) + " and " + GEOMETRY);
    }
}
