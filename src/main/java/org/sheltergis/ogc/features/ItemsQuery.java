package org.sheltergis.ogc.features;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.layers.BoundingBox;

/**
 * The query of an items request, parsed and checked. Every fault is a 400 naming the parameter; a parameter the API
 * does not define is a fault too (OGC API – Features Part 1, /req/core/query-param-unknown), so a typo such as
 * {@code bbbox} is not silently ignored.
 */
record ItemsQuery(BoundingBox bbox, int limit, int offset) {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final Set<String> KNOWN = Set.of("bbox", "bbox-crs", "limit", "offset", "datetime", "f");
    // An instant or an interval (open ends "..", or empty), as the standard's datetime parameter allows.
    private static final Pattern DATETIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}(T\\S+)?|\\.\\.|)(/(\\d{4}-\\d{2}-\\d{2}(T\\S+)?|\\.\\.|))?");

    static ItemsQuery parse(Map<String, String[]> parameters, FeaturesProperties settings) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new BadRequestException(name, "'" + name + "' is not a parameter of this request; known: "
                        + String.join(", ", KNOWN.stream().sorted().toList()));
            }
        }
        String crs = single(parameters, "bbox-crs");
        if (crs != null && !crs.equals(CRS84)) {
            throw new BadRequestException("bbox-crs", "only " + CRS84 + " is supported");
        }
        String datetime = single(parameters, "datetime");
        if (datetime != null && (datetime.isEmpty() || !DATETIME.matcher(datetime).matches())) {
            throw new BadRequestException("datetime", "datetime must be an RFC 3339 date-time or an interval");
        }
        String box = single(parameters, "bbox");
        BoundingBox bbox = box == null || box.isBlank() ? null : parseBox(box);
        int limit = integer(parameters, "limit", settings.defaultLimit());
        if (limit < 1) {
            throw new BadRequestException("limit", "limit must be a positive integer");
        }
        int offset = integer(parameters, "offset", 0);
        if (offset < 0) {
            throw new BadRequestException("offset", "offset must not be negative");
        }
        // Larger than the maximum is served as the maximum, with a next link (the standard's advice), not refused.
        return new ItemsQuery(bbox, Math.min(limit, settings.maxLimit()), offset);
    }

    /** Four numbers (2D) or six (3D, heights ignored: the layers are 2D). */
    private static BoundingBox parseBox(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length == 6) {
            return BoundingBox.parse(String.join(",", parts[0], parts[1], parts[3], parts[4]), "bbox");
        }
        return BoundingBox.parse(text, "bbox");
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw new BadRequestException(name, name + " may be given only once");
        }
        return values[0];
    }

    private static int integer(Map<String, String[]> parameters, String name, int fallback) {
        String value = single(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            // A huge value is not an error for limit (it is capped) nor for offset (it is past the end).
            return (int) Math.min(Integer.MAX_VALUE, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be an integer, got '" + value + "'");
        }
    }
}
