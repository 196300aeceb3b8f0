package org.sheltergis.editing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.sheltergis.common.Latitude;
import org.sheltergis.common.Longitude;

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

            @Longitude Double lon,

            @Latitude Double lat,

            Boolean accessible) {}
}
