package org.sheltergis.editing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A work's peacetime parking as an edit ({@code PUT /api/edit/works/{id}/parking}) or a register import sets it; the
 * version is the parking record's (0 when the work has none yet). A field left out or null is "not given". The ranges
 * and the rules between the counts are {@link ParkingEditor}'s, the same for both.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParkingEdit(
        @NotNull(message = "version (the parking version read, 0 when there is none) is required") @PositiveOrZero
        Integer version,

        Integer totalSpaces,
        Integer publicSpaces,
        Integer freeSpaces,
        Integer evChargersInstalled,
        Integer evChargersInService,
        String openingHours,
        Integer openedYear) {}
