package org.sheltergis.ogc.features;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sheltergis.common.BadRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query of an items request, parsed and checked. Every fault is a 400 naming the parameter; a parameter the API
 * does not define is a fault too (OGC API – Features Part 1, /req/core/query-param-unknown), so a typo such as
 * {@code bbbox} is not silently ignored.
 *
 * @param boxes   the bbox as one or two boxes (two when it spans the antimeridian) of four numbers in
 *                {@code bboxCrs}'s axis order, lower corner first; empty without a bbox
 * @param filter  the parsed filter, or null
 */
record ItemsQuery(
        List<double[]> boxes,
        FeatureCrs bboxCrs,
        FeatureCrs crs,
        Cql filter,
        FeatureCrs filterCrs,
        int limit,
        int offset) {

    static final Set<String> ITEMS = Set.of(
            "bbox", "bbox-crs", "crs", "limit", "offset", "datetime", "filter", "filter-lang", "filter-crs", "f");
    static final Set<String> ITEM = Set.of("crs", "f");
    // An instant or an interval (open ends "..", or empty), as the standard's datetime parameter allows.
    private static final Pattern DATETIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}(T\\S+)?|\\.\\.|)(/(\\d{4}-\\d{2}-\\d{2}(T\\S+)?|\\.\\.|))?");

    static ItemsQuery parse(Map<String, String[]> parameters, FeaturesProperties settings, JsonMapper json) {
        known(parameters, ITEMS);
        FeatureCrs bboxCrs = crs(parameters, "bbox-crs");
        String datetime = single(parameters, "datetime");
        if (datetime != null
                && (datetime.isEmpty() || !DATETIME.matcher(datetime).matches())) {
            throw new BadRequestException("datetime", "datetime must be an RFC 3339 date-time or an interval");
        }
        String box = single(parameters, "bbox");
        List<double[]> bbox = box == null || box.isBlank() ? List.of() : parseBox(box, bboxCrs);
        int limit = integer(parameters, "limit", settings.defaultLimit());
        if (limit < 1) {
            throw new BadRequestException("limit", "limit must be a positive integer");
        }
        int offset = integer(parameters, "offset", 0);
        if (offset < 0) {
            throw new BadRequestException("offset", "offset must not be negative");
        }
        FeatureCrs filterCrs = crs(parameters, "filter-crs");
        Cql filter = filter(single(parameters, "filter"), single(parameters, "filter-lang"), json);
        // Larger than the maximum is served as the maximum, with a next link (the standard's advice), not refused.
        return new ItemsQuery(
                bbox, bboxCrs, crs(parameters, "crs"), filter, filterCrs, Math.min(limit, settings.maxLimit()), offset);
    }

    /** The CRS of a single feature's request ({@code crs}; {@code f} is the format). */
    static FeatureCrs itemCrs(Map<String, String[]> parameters) {
        known(parameters, ITEM);
        return crs(parameters, "crs");
    }

    private static void known(Map<String, String[]> parameters, Set<String> known) {
        for (String name : parameters.keySet()) {
            if (!known.contains(name)) {
                throw new BadRequestException(
                        name,
                        "'" + name + "' is not a parameter of this request; known: "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static FeatureCrs crs(Map<String, String[]> parameters, String name) {
        String value = single(parameters, name);
        if (value == null) {
            return FeatureCrs.CRS84;
        }
        return FeatureCrs.find(value)
                .orElseThrow(() -> new BadRequestException(
                        name,
                        "'" + value + "' is not a CRS of this API; supported: "
                                + String.join(", ", FeatureCrs.uris())));
    }

    private static Cql filter(String filter, String lang, JsonMapper json) {
        if (lang != null && !lang.equals("cql2-text") && !lang.equals("cql2-json")) {
            throw new BadRequestException(
                    "filter-lang", "filter-lang must be cql2-text or cql2-json, got '" + lang + "'");
        }
        if (filter == null) {
            return null;
        }
        return "cql2-json".equals(lang) ? CqlJson.parse(json, filter) : CqlText.parse(filter);
    }

    /**
     * Four numbers (2D) or six (3D, heights dropped: the layers are 2D), lower corner first, in the CRS's axis order
     * (Part 1: "coordinate axis 1, coordinate axis 2"). In a geographic CRS a box whose west edge lies east of its east
     * edge spans the antimeridian and is split in two; latitudes and longitudes beyond the CRS's domain are clamped to
     * it, so a box given in the wrong axis order (latitude 120) matches nothing rather than features elsewhere.
     */
    private static List<double[]> parseBox(String text, FeatureCrs crs) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw new BadRequestException("bbox", "bbox must be 4 numbers (or 6 with heights), got '" + text + "'");
        }
        double[] all = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                all[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("bbox", "'" + parts[i].trim() + "' in bbox is not a number");
            }
            if (!Double.isFinite(all[i])) {
                throw new BadRequestException("bbox", "bbox must hold finite numbers");
            }
        }
        double[] v = parts.length == 4 ? all : new double[] {all[0], all[1], all[3], all[4]};
        if (!crs.geographic()) {
            if (v[0] > v[2] || v[1] > v[3]) {
                throw new BadRequestException(
                        "bbox", "bbox must give its lower corner first (min <= max on both axes)");
            }
            return List.<double[]>of(v);
        }
        int lon = crs.northFirst() ? 1 : 0;
        int lat = 1 - lon;
        for (int i : new int[] {lon, lon + 2}) {
            v[i] = Math.max(-180, Math.min(180, v[i]));
        }
        for (int i : new int[] {lat, lat + 2}) {
            v[i] = Math.max(-90, Math.min(90, v[i]));
        }
        if (v[lat] > v[lat + 2]) {
            throw new BadRequestException("bbox", "bbox must give its southern edge before its northern edge");
        }
        if (v[lon] <= v[lon + 2]) {
            return List.<double[]>of(v);
        }
        double[] west = v.clone();
        double[] east = v.clone();
        west[lon + 2] = 180;
        east[lon] = -180;
        return List.of(west, east);
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
