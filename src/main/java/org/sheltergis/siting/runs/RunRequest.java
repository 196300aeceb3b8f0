package org.sheltergis.siting.runs;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import org.sheltergis.siting.solving.SolveFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /api/siting/runs}: the shared solve fields ({@link SolveFields}) and the register's scope
 * (a district, the staying share, the least buildable area); left out, each takes its setting.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RunRequest(
        Double radiusM,
        JsonNode budget,
        Integer maxSites,
        Boolean capacitated,
        String solver,
        Double timeLimitS,
        Boolean tieBreak,
        String district,

        @DecimalMin(value = "0", inclusive = false, message = "staying_share must be more than 0 and at most 1")
        @DecimalMax(value = "1", message = "staying_share must be more than 0 and at most 1")
        Double stayingShare,

        @PositiveOrZero(message = "min_buildable_area must not be negative")
        Double minBuildableArea)
        implements SolveFields {}
