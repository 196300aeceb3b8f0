package org.sheltergis.editing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code PUT /api/edit/shelter-status/{id}}: any of the status (open | full | closed), the number of
 * occupants, or a change of it ({@code occupants_change}, the staff page's +/- buttons). Left out or null is "keep".
 * Whether the count fits the shelter's capacity is {@link ShelterStatusEditor}'s, which reads it under the lock.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ShelterStatusEdit(
        String status,

        @PositiveOrZero(message = "occupants cannot be below 0")
        Integer occupants,

        @Min(value = -1_000_000, message = "occupants_change must be between -1000000 and 1000000")
        @Max(value = 1_000_000, message = "occupants_change must be between -1000000 and 1000000")
        Integer occupantsChange) {}
