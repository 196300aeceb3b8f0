package org.sheltergis.editing;

import java.util.Set;
import org.sheltergis.common.BadRequestException;
import tools.jackson.databind.JsonNode;

/** Typed reading of a JSON request body, every error a 400 naming the field. */
public record EditBody(JsonNode node) {

    public EditBody {
        if (node == null || !node.isObject()) {
            throw new BadRequestException("body", "the request body must be a JSON object");
        }
    }

    boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /** The version the edit is based on: required, 0 for an object that does not exist yet. */
    public int version() {
        Integer v = integer("version", 0, Integer.MAX_VALUE);
        if (v == null) {
            throw new BadRequestException("version", "version (the version the edit is based on) is required");
        }
        return v;
    }

    public String text(String field, int maxLength) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isString()) {
            throw new BadRequestException(field, field + " must be a string");
        }
        String s = v.asString().strip();
        if (s.length() > maxLength) {
            throw new BadRequestException(field, field + " must be at most " + maxLength + " characters");
        }
        return s.isEmpty() ? null : s;
    }

    String requiredText(String field, int maxLength) {
        String s = text(field, maxLength);
        if (s == null) {
            throw new BadRequestException(field, field + " is required");
        }
        return s;
    }

    public String code(String field, Set<String> allowed) {
        String s = text(field, 40);
        if (s != null && !allowed.contains(s)) {
            throw new BadRequestException(
                    field,
                    field + " must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return s;
    }

    Integer integer(String field, int min, int max) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new BadRequestException(field, field + " must be a whole number");
        }
        int i = v.asInt();
        if (i < min || i > max) {
            throw new BadRequestException(field, field + " must be between " + min + " and " + max);
        }
        return i;
    }

    Double number(String field, double min, double max) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new BadRequestException(field, field + " must be a number");
        }
        double d = v.asDouble();
        if (d < min || d > max) {
            throw new BadRequestException(field, field + " must be between " + min + " and " + max);
        }
        return d;
    }

    Boolean bool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw new BadRequestException(field, field + " must be true or false");
        }
        return v.asBoolean();
    }

    JsonNode required(String field) {
        if (!has(field)) {
            throw new BadRequestException(field, field + " is required");
        }
        return node.get(field);
    }
}
