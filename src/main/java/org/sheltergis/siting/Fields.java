package org.sheltergis.siting;

import org.sheltergis.common.BadRequestException;
import tools.jackson.databind.JsonNode;

/** Reads fields of a JSON request; anything missing or of the wrong kind is a 400 naming the field's path. */
public final class Fields {

    private Fields() {}

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new BadRequestException("body", "the request body must be a JSON object");
        }
        return body;
    }

    static boolean present(JsonNode node, String name) {
        return node.hasNonNull(name);
    }

    public static Double number(JsonNode node, String name, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new BadRequestException(path, path + " must be a number");
        }
        return v.doubleValue();
    }

    public static double requiredNumber(JsonNode node, String name, String path) {
        Double v = number(node, name, path);
        if (v == null) {
            throw new BadRequestException(path, path + " is required");
        }
        return v;
    }

    public static Integer integer(JsonNode node, String name, String path) {
        Double v = number(node, name, path);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new BadRequestException(path, path + " must be a whole number");
        }
        return v.intValue();
    }

    public static Boolean bool(JsonNode node, String name, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new BadRequestException(path, path + " must be true or false");
        }
        return v.booleanValue();
    }

    public static String text(JsonNode node, String name, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asString();
        }
        if (!v.isString()) {
            throw new BadRequestException(path, path + " must be a string");
        }
        return v.stringValue();
    }

    public static JsonNode array(JsonNode node, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new BadRequestException(name, name + " is required");
            }
            return null;
        }
        if (!v.isArray()) {
            throw new BadRequestException(name, name + " must be an array");
        }
        return v;
    }

    public static void lonLat(double lon, double lat, String path) {
        if (lon < -180 || lon > 180) {
            throw new BadRequestException(path + ".lon", path + ".lon must be between -180 and 180");
        }
        if (lat < -90 || lat > 90) {
            throw new BadRequestException(path + ".lat", path + ".lat must be between -90 and 90");
        }
    }
}
