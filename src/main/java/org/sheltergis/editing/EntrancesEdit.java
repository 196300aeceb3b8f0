package org.sheltergis.editing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code PUT /api/edit/works/{id}/entrances}: the work's whole list of entrances (one with an id is moved,
 * one without is added, one left out is removed) and the work's version. The kind is checked against the code list
 * and the position against the work's footprint by {@link WorkEditor}, which needs the database for both.
 */
record EntrancesEdit(
        @NotNull(message = "version (the version the edit is based on) is required") @PositiveOrZero
        Integer version,

        @NotNull(message = "entrances is required: the list of the work's entrances")
        @Size(max = 50, message = "entrances must be a list of at most 50 entrances")
        List<@NotNull(message = "must be an object {kind, lon, lat}") @Valid Entrance> entrances) {

    record Entrance(
            @Positive Integer id,
            @NotBlank(message = "kind is required") String kind,

            @NotNull(message = "lon is required")
            @DecimalMin(value = "-180", message = "lon must be between -180 and 180")
            @DecimalMax(value = "180", message = "lon must be between -180 and 180")
            Double lon,

            @NotNull(message = "lat is required")
            @DecimalMin(value = "-90", message = "lat must be between -90 and 90")
            @DecimalMax(value = "90", message = "lat must be between -90 and 90")
            Double lat,

            Boolean accessible) {}
}
