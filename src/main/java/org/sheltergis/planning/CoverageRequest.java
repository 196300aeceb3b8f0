package org.sheltergis.planning;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.planning.CoverageParameters.WhatIfWork;
import tools.jackson.databind.JsonNode;

/**
 * The JSON bodies of coverage requests, bound and checked by Bean Validation (a 400 names the field at fault, e.g.
 * {@code whatIf[2].shelteringArea}); the rules that need the settings (the radius limit, the number of what-if works)
 * and the geometry checks are here. The names are the console's camelCase (ADR 0013 leaves the staff API so).
 */
final class CoverageRequest {

    private CoverageRequest() {}

    /** {@code POST /api/analysis/coverage}: every field may be left out for its default. Unknown fields are refused. */
    record Run(
            Double radiusM,

            @DecimalMin(value = "0", message = "stayingShare is a ratio between 0 and 1 (0.4 = 40 %)")
            @DecimalMax(value = "1", message = "stayingShare is a ratio between 0 and 1 (0.4 = 40 %)")
            Double stayingShare,

            @DecimalMin(value = "0", inclusive = false, message = "m2PerPerson must be above 0 and at most 100 m²")
            @DecimalMax(value = "100", message = "m2PerPerson must be above 0 and at most 100 m²")
            Double m2PerPerson,

            @Pattern(regexp = "cells|planned", message = "populationBasis must be one of cells, planned")
            String populationBasis,

            @Pattern(regexp = "auto|euclidean|network", message = "distance must be one of auto, euclidean, network")
            String distance,

            List<@NotBlank(message = "must be a plan unit code") String> units,
            List<@NotNull(message = "must be an object {name, shelteringArea, geometry}") @Valid Work> whatIf,

            @Size(max = 200, message = "label is at most 200 characters")
            String label,

            @JsonAnySetter Map<String, Object> unknown) {}

    /** {@code POST /api/analysis/coverage/{run}/what-if}. */
    record WhatIf(
            @NotEmpty(message = "works is required: at least one hypothetical work {name, shelteringArea, geometry}")
            List<@NotNull(message = "must be an object {name, shelteringArea," + " geometry}") @Valid Work> works) {}

    /** A hypothetical work: a GeoJSON Point | Polygon | MultiPolygon in lon/lat with a sheltering area. */
    record Work(
            String name,

            @NotNull(message = "shelteringArea is required: m², 0 to 10,000,000")
            @DecimalMin(value = "0", message = "shelteringArea is required: m², 0 to 10,000,000")
            @DecimalMax(value = "1e7", message = "shelteringArea is required: m², 0 to 10,000,000")
            Double shelteringArea,

            JsonNode geometry) {}

    static CoverageParameters parse(Run body, CoverageProperties settings) {
        if (body == null) {
            return CoverageParameters.defaults(settings);
        }
        if (body.unknown() != null && !body.unknown().isEmpty()) {
            String name = body.unknown().keySet().iterator().next();
            throw new BadRequestException(
                    name,
                    "unknown parameter '" + name + "'; known: radiusM, stayingShare, m2PerPerson, populationBasis,"
                            + " distance, units, whatIf, label");
        }
        double radius = body.radiusM() == null ? settings.radiusM() : body.radiusM();
        if (!(radius > 0) || radius > settings.maxRadiusM()) {
            throw new BadRequestException(
                    "radiusM", "radiusM must be above 0 and at most " + settings.maxRadiusM() + " m");
        }
        return new CoverageParameters(
                radius,
                body.stayingShare() == null ? settings.stayingShare() : body.stayingShare(),
                body.m2PerPerson() == null ? settings.m2PerPerson() : body.m2PerPerson(),
                body.populationBasis() == null ? "cells" : body.populationBasis(),
                body.distance() == null ? "auto" : body.distance(),
                body.units(),
                whatIf(body.whatIf(), "whatIf", settings.maxWhatIfWorks()),
                null,
                body.label());
    }

    /** The hypothetical works, at most {@code max}; the geometries are read and checked here. */
    static List<WhatIfWork> whatIf(List<Work> works, String field, int max) {
        if (works == null) {
            return List.of();
        }
        if (works.size() > max) {
            throw new BadRequestException(field, "at most " + max + " hypothetical works per run");
        }
        List<WhatIfWork> out = new ArrayList<>();
        for (int i = 0; i < works.size(); i++) {
            String at = field + "[" + i + "]";
            Work w = works.get(i);
            String name = w.name() != null && !w.name().isBlank() ? w.name() : "假设工程 " + (i + 1);
            out.add(new WhatIfWork(name, w.shelteringArea(), geometry(w.geometry(), at + ".geometry")));
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
}
