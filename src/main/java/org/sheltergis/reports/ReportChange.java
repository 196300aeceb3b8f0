package org.sheltergis.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Staff handling of one report ({@code PATCH /api/reports/{id}}): the status it moves to, who has it, a note, and the
 * report's version it was read at. The status is checked against the {@code report_status} list by
 * {@link ReportHandling}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ReportChange(
        @NotNull(message = "version (the version the edit is based on) is required") @PositiveOrZero
        Integer version,

        @NotBlank(message = "status is required") String status,

        @Size(max = 100, message = "assigned_to must be at most 100 characters")
        String assignedTo,

        @Size(max = 1000, message = "note must be at most 1000 characters")
        String note) {}
