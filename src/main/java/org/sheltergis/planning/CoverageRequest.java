package org.sheltergis.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.planning.CoverageParameters.WhatIfWork;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON body of a coverage request into {@link CoverageParameters}. Parsed by hand rather than bound, so every
 * bad value is answered with the exact field at fault (e.g. {@code whatIf[2].shelteringArea}).
 */
final class CoverageRequest {

    private static final Set<String> FIELDS =
            Set.of("radiusM", "stayingShare", "m2PerPerson", "populationBasis", "distance", "units", "whatIf", "label");

    private CoverageRequest() {}

    static CoverageParameters parse(JsonNode body, CoverageProperties settings) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return CoverageParameters.defaults(settings);
        }
        if (!body.isObject()) {
            throw new BadRequestException("body", "the request body must be a JSON object");
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new BadRequestException(name, "unknown parameter '" + name + "'; known: " + FIELDS);
            }
        }
        double radius = number(body, "radiusM", settings.radiusM());
        if (!(radius > 0) || radius > settings.maxRadiusM()) {
            throw new BadRequestException(
                    "radiusM", "radiusM must be above 0 and at most " + settings.maxRadiusM() + " m");
        }
        double share = number(body, "stayingShare", settings.stayingShare());
        if (share < 0 || share > 1) {
            throw new BadRequestException("stayingShare", "stayingShare is a ratio between 0 and 1 (0.4 = 40 %)");
        }
        double m2 = number(body, "m2PerPerson", settings.m2PerPerson());
        if (!(m2 > 0) || m2 > 100) {
            throw new BadRequestException("m2PerPerson", "m2PerPerson must be above 0 and at most 100 m²");
        }
        String basis = choice(body, "populationBasis", "cells", Set.of("cells", "planned"));
        String distance = choice(body, "distance", "auto", Set.of("auto", "euclidean", "network"));
        List<String> units = new ArrayList<>();
        JsonNode u = body.get("units");
        if (u != null && !u.isNull()) {
            if (!u.isArray()) {
                throw new BadRequestException("units", "units must be an array of plan unit codes");
            }
            for (JsonNode code : u) {
                if (!code.isString() || code.stringValue().isBlank()) {
                    throw new BadRequestException("units", "units must be an array of plan unit codes");
                }
                units.add(code.stringValue());
            }
        }
        String label = body.has("label") && !body.get("label").isNull()
                ? body.get("label").asString()
                : null;
        if (label != null && label.length() > 200) {
            throw new BadRequestException("label", "label is at most 200 characters");
        }
        return new CoverageParameters(
                radius,
                share,
                m2,
                basis,
                distance,
                units,
                whatIf(body.get("whatIf"), "whatIf", settings.maxWhatIfWorks()),
                null,
                label);
    }

    /** Hypothetical works: [{name, shelteringArea, geometry: GeoJSON Point | Polygon | MultiPolygon}]. */
    static List<WhatIfWork> whatIf(JsonNode works, String field, int max) {
        if (works == null || works.isNull()) {
            return List.of();
        }
        if (!works.isArray()) {
            throw new BadRequestException(field, field + " must be an array of hypothetical works");
        }
        if (works.size() > max) {
            throw new BadRequestException(field, "at most " + max + " hypothetical works per run");
        }
        List<WhatIfWork> out = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            String at = field + "[" + i + "]";
            JsonNode w = works.get(i);
            if (!w.isObject()) {
                throw new BadRequestException(at, at + " must be an object {name, shelteringArea, geometry}");
            }
            String name = w.has("name")
                            && w.get("name").isString()
                            && !w.get("name").stringValue().isBlank()
                    ? w.get("name").stringValue()
                    : "假设工程 " + (i + 1);
            JsonNode area = w.get("shelteringArea");
            if (area == null || !area.isNumber() || area.doubleValue() < 0 || area.doubleValue() > 1e7) {
                throw new BadRequestException(
                        at + ".shelteringArea", "shelteringArea is required: m², 0 to 10,000,000");
            }
            out.add(new WhatIfWork(name, area.doubleValue(), geometry(w.get("geometry"), at + ".geometry")));
        }
        return out;
    }

    private static String geometry(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new BadRequestException(
                    field, "geometry is required: a GeoJSON Point, Polygon or MultiPolygon in lon/lat");
        }
        Geometry g;
        try {
            g = new GeoJsonReader().read(node.toString());
        } catch (ParseException | RuntimeException e) {
            throw new BadRequestException(field, "geometry is not valid GeoJSON: " + e.getMessage());
        }
        if (!Set.of("Point", "Polygon", "MultiPolygon").contains(g.getGeometryType())) {
            throw new BadRequestException(
                    field, "geometry must be a Point, Polygon or MultiPolygon, not " + g.getGeometryType());
        }
        if (g.isEmpty() || !g.isValid()) {
            throw new BadRequestException(field, "geometry is empty or not valid (self-intersecting?)");
        }
        var env = g.getEnvelopeInternal();
        if (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90) {
            throw new BadRequestException(field, "coordinates must be longitude, latitude (EPSG:4326)");
        }
        return node.toString();
    }

    private static double number(JsonNode body, String field, double fallback) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw new BadRequestException(field, field + " must be a number");
        }
        return n.doubleValue();
    }

    private static String choice(JsonNode body, String field, String fallback, Set<String> allowed) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isString() || !allowed.contains(n.stringValue())) {
            throw new BadRequestException(field, field + " must be one of " + allowed);
        }
        return n.stringValue();
    }
}
