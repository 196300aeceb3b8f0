package org.sheltergis.editing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Signage of one or many works ({@code PUT /api/edit/signage}, also what a register import sets):
 * {@code {status, year?, inspected?, note?, items: [{work_id, version}]}}, the version being the signage version read
 * (0 when the work had no signage record). The status, year and number of items are {@link SignageEditor}'s rules.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SignageEdit(
        String status,
        Integer year,
        LocalDate inspected,

        @Size(max = 500, message = "note must be at most 500 characters")
        String note,

        List<@NotNull(message = "must be an object {work_id, version}") @Valid Item> items) {

    /** One work of the edit and the signage version it was read at. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(
            @NotNull(message = "work_id is required") @Positive
            Long workId,

            @NotNull(message = "version is required (0 when the work had no signage)") @PositiveOrZero
            Integer version) {}
}
