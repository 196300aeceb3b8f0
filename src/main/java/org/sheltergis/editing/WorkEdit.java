package org.sheltergis.editing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code PUT /api/edit/works/{id}}: every attribute of the work (the editor sends the whole work it read;
 * a field left out or null is "no value", as in {@link WorkAttributes}) and the version it was based on. Only the
 * body's shape is checked here; the attributes' rules are {@link WorkRules}'s, shared with the register import.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record WorkEdit(
        @NotNull(message = "version (the version the edit is based on) is required") @PositiveOrZero
        Integer version,

        String name,
        String address,
        String function,
        String protectionLevel,
        String chemicalGrade,
        String constructionMode,
        String districtCode,
        Double buildingArea,
        Double protectedArea,
        Double shelteringArea,
        Integer capacity,
        Integer completionYear,
        String status,
        String managingUnit,
        String dutyPhone,
        String lastVerified,
        Boolean publicShelter,
        Boolean wheelchairAccessible,
        String peacetimeUse,
        String openStatus) {

    /** The attributes to check and save: text without surrounding blanks, empty text and absent flags as no value. */
    WorkAttributes attributes() {
        return new WorkAttributes(
                EditText.clean(name),
                EditText.clean(address),
                EditText.clean(function),
                EditText.clean(protectionLevel),
                EditText.clean(chemicalGrade),
                EditText.clean(constructionMode),
                EditText.clean(districtCode),
                buildingArea,
                protectedArea,
                shelteringArea,
                capacity,
                completionYear,
                EditText.clean(status),
                EditText.clean(managingUnit),
                EditText.clean(dutyPhone),
                EditText.clean(lastVerified),
                Boolean.TRUE.equals(publicShelter),
                Boolean.TRUE.equals(wheelchairAccessible),
                EditText.clean(peacetimeUse),
                EditText.clean(openStatus));
    }
}
