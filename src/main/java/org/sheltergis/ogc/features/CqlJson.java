package org.sheltergis.ogc.features;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CQL2 JSON (OGC 21-065, clause 8, the JSON encoding) read into the same {@link Cql} tree as CQL2 Text: an expression
 * is {@code {"op": …, "args": […]}} or a boolean; a property is {@code {"property": "name"}}; dates and timestamps are
 * {@code {"date": …}} / {@code {"timestamp": …}}; geometries are GeoJSON geometry objects or {@code {"bbox": […]}}.
 * Faults name the JSON pointer of the node at fault.
 */
final class CqlJson {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private CqlJson() {}

    static Cql parse(JsonMapper json, String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw Cql.error("/", "not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw Cql.error("/", "the filter is empty");
        }
        return expression(root, "");
    }

    private static Cql expression(JsonNode node, String at) {
        if (node.isBoolean()) {
            return new Cql.Constant(node.asBoolean(), at(at));
        }
        if (!node.isObject() || !node.has("op") || !node.get("op").isString()) {
            throw Cql.error(at(at), "expected an expression {\"op\": …, \"args\": […]} or a boolean");
        }
        String op = node.get("op").asString();
        JsonNode args = node.get("args");
        if (args == null || !args.isArray()) {
            throw Cql.error(at + "/args", "'" + op + "' needs an array 'args'");
        }
        String argsAt = at + "/args";
        String upper = op.toUpperCase(Locale.ROOT);
        switch (op.toLowerCase(Locale.ROOT)) {
            case "and", "or" -> {
                if (args.size() < 2) {
                    throw Cql.error(argsAt, "'" + op + "' needs at least two arguments");
                }
                List<Cql> list = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    list.add(expression(args.get(i), argsAt + "/" + i));
                }
                return op.equalsIgnoreCase("and") ? new Cql.And(list, at(at)) : new Cql.Or(list, at(at));
            }
            case "not" -> {
                count(args, 1, op, argsAt);
                return new Cql.Not(expression(args.get(0), argsAt + "/0"), at(at));
            }
            case "=", "<>", "<", "<=", ">", ">=" -> {
                count(args, 2, op, argsAt);
                return new Cql.Compare(
                        op, scalar(args.get(0), argsAt + "/0"), scalar(args.get(1), argsAt + "/1"), at(at));
            }
            case "like" -> {
                count(args, 2, op, argsAt);
                return new Cql.Like(scalar(args.get(0), argsAt + "/0"), scalar(args.get(1), argsAt + "/1"), at(at));
            }
            case "between" -> {
                count(args, 3, op, argsAt);
                return new Cql.Between(
                        scalar(args.get(0), argsAt + "/0"),
                        scalar(args.get(1), argsAt + "/1"),
                        scalar(args.get(2), argsAt + "/2"),
                        at(at));
            }
            case "in" -> {
                count(args, 2, op, argsAt);
                JsonNode list = args.get(1);
                if (!list.isArray() || list.isEmpty()) {
                    throw Cql.error(argsAt + "/1", "'in' needs a non-empty array of values");
                }
                List<Cql.Scalar> values = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    values.add(scalar(list.get(i), argsAt + "/1/" + i));
                }
                return new Cql.In(scalar(args.get(0), argsAt + "/0"), values, at(at));
            }
            case "isnull" -> {
                count(args, 1, op, argsAt);
                return new Cql.IsNull(scalar(args.get(0), argsAt + "/0"), at(at));
            }
            default -> {
                if (Cql.postgisFunction(upper) == null) {
                    throw Cql.error(at + "/op", "unknown operator '" + op + "'");
                }
                count(args, 2, op, argsAt);
                return new Cql.SpatialCompare(
                        upper, spatial(args.get(0), argsAt + "/0"), spatial(args.get(1), argsAt + "/1"), at(at));
            }
        }
    }

    private static void count(JsonNode args, int n, String op, String at) {
        if (args.size() != n) {
            throw Cql.error(at, "'" + op + "' takes " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private static Cql.Scalar scalar(JsonNode node, String at) {
        if (node.isString()) {
            return new Cql.Literal(node.asString(), "string", at(at));
        }
        if (node.isNumber()) {
            return new Cql.Literal(node.decimalValue(), "number", at(at));
        }
        if (node.isBoolean()) {
            return new Cql.Literal(node.asBoolean(), "boolean", at(at));
        }
        if (node.isObject() && node.size() == 1) {
            if (node.has("property") && node.get("property").isString()) {
                return new Cql.Property(node.get("property").asString(), at(at));
            }
            try {
                if (node.has("date") && node.get("date").isString()) {
                    return new Cql.Literal(LocalDate.parse(node.get("date").asString()), "date", at(at));
                }
                if (node.has("timestamp") && node.get("timestamp").isString()) {
                    return new Cql.Literal(
                            OffsetDateTime.parse(node.get("timestamp").asString()), "date-time", at(at));
                }
            } catch (DateTimeParseException e) {
                throw Cql.error(
                        at(at),
                        "'" + node.properties().iterator().next().getValue().asString() + "' is not an RFC 3339 "
                                + (node.has("date") ? "date" : "timestamp with a time zone"));
            }
        }
        throw Cql.error(at(at), "expected a value, {\"property\": …}, {\"date\": …} or {\"timestamp\": …}");
    }

    private static Cql.Spatial spatial(JsonNode node, String at) {
        if (node.isObject() && node.has("property") && node.size() == 1) {
            return (Cql.Property) scalar(node, at);
        }
        if (node.isObject() && node.has("bbox")) {
            JsonNode b = node.get("bbox");
            if (!b.isArray() || b.size() != 4 || !allNumbers(b)) {
                throw Cql.error(at + "/bbox", "bbox must be 4 numbers (2D)");
            }
            double[] v = {
                b.get(0).asDouble(),
                b.get(1).asDouble(),
                b.get(2).asDouble(),
                b.get(3).asDouble()
            };
            if (v[0] > v[2] || v[1] > v[3]) {
                throw Cql.error(at + "/bbox", "bbox needs its lower corner before its upper corner");
            }
            return new Cql.GeometryLiteral(GEOMETRIES.toGeometry(new Envelope(v[0], v[2], v[1], v[3])), at(at));
        }
        if (node.isObject() && node.has("type") && node.has("coordinates")) {
            try {
                return new Cql.GeometryLiteral(new GeoJsonReader(GEOMETRIES).read(node.toString()), at(at));
            } catch (ParseException | RuntimeException e) {
                throw Cql.error(at(at), "not a valid GeoJSON geometry (" + e.getMessage() + ")");
            }
        }
        throw Cql.error(at(at), "expected a geometry: {\"property\": …}, a GeoJSON geometry or {\"bbox\": […]}");
    }

    private static boolean allNumbers(JsonNode array) {
        for (JsonNode n : array) {
            if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
                return false;
            }
        }
        return true;
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
