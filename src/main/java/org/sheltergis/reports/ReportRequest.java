package org.sheltergis.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A problem report as the page sends it. No name, phone or e-mail: none is needed to act on it. The rules that need
 * settings or the database (the served area, the description's length, the category list, a public shelter) are
 * checked by the controller.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ReportRequest(
        @NotBlank(message = "category is required") String category,
        String description,
        @NotNull(message = "lon is required") Double lon,
        @NotNull(message = "lat is required") Double lat,
        Long shelterId,

        @Pattern(regexp = "zh|en", message = "language must be zh or en")
        String language) {}
