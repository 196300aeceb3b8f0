package org.sheltergis.siting.solving;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.sheltergis.common.Latitude;
import org.sheltergis.common.Longitude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /api/siting/solve}: the shared solve fields ({@link SolveFields}) and the instance given whole
 * (demand points, candidate sites, existing shelters). The rules between fields (a cost against buildable area × unit
 * cost, a capacity when capacitated, unique ids) are {@link ExplicitInstance}'s.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record SolveRequest(
        Double radiusM,
        JsonNode budget,
        Integer maxSites,
        Boolean capacitated,
        String solver,
        Double timeLimitS,
        Boolean tieBreak,

        @NotNull(message = "demand is required")
        @Size(
                max = ExplicitInstance.MAX_DEMAND,
                message = "demand lists at most " + ExplicitInstance.MAX_DEMAND + " points")
        List<@NotNull(message = "must be an object {lon, lat, weight}") @Valid Demand> demand,

        @NotNull(message = "candidates is required")
        @Size(
                min = 1,
                max = ExplicitInstance.MAX_CANDIDATES,
                message = "candidates must list 1 to " + ExplicitInstance.MAX_CANDIDATES + " sites")
        List<@NotNull(message = "must be an object {id, lon, lat, cost}") @Valid Candidate> candidates,

        @Size(
                max = ExplicitInstance.MAX_EXISTING,
                message = "existing lists at most " + ExplicitInstance.MAX_EXISTING + " shelters")
        List<@NotNull(message = "must be an object {lon, lat}") @Valid Place> existing)
        implements SolveFields {

    record Demand(
            @Longitude Double lon,

            @Latitude Double lat,

            @NotNull(message = "weight is required") @PositiveOrZero(message = "weight must not be negative")
            Double weight) {}

    record Place(@Longitude Double lon, @Latitude Double lat) {}

    /** A candidate site; the cost is given or derived from buildable area × unit cost, the capacity likewise. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Candidate(
            @NotBlank(message = "id is required") String id,
            String name,

            @Longitude Double lon,

            @Latitude Double lat,

            Double cost,
            Double buildableArea,
            Double unitCost,

            @PositiveOrZero(message = "capacity must be a whole number of persons ≥ 0")
            Long capacity,

            Double shelteringArea,

            @PositiveOrZero(message = "parking_demand must not be negative")
            Double parkingDemand) {}
}
