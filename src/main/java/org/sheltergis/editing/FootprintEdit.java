package org.sheltergis.editing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code PUT /api/edit/works/{id}/footprint}: the new footprint as GeoJSON (EPSG:4326) and the work's
 * version it was drawn on. The geometry stays GeoJSON: PostGIS checks it ({@link Geometries}), as for an import.
 */
record FootprintEdit(
        @NotNull(message = "version (the version the edit is based on) is required") @PositiveOrZero
        Integer version,

        @NotNull(message = "geometry is required: a GeoJSON Polygon or MultiPolygon")
        JsonNode geometry) {}
