package org.sheltergis.editing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Plausibility limits of edits (prefix {@code shelter.editing}).
 *
 * @param minM2PerParkingSpace  floor area a parking space needs at least, aisles included (assumed 25 m²): more spaces
 *                              than building_area / this is refused as a typing error
 * @param entranceMaxDistanceM  how far from its work's footprint an entrance may lie
 * @param maxBulkItems          most works one bulk signage update may change
 */
@ConfigurationProperties("shelter.editing")
public record EditSettings(double minM2PerParkingSpace, double entranceMaxDistanceM, int maxBulkItems) {

    public EditSettings {
        minM2PerParkingSpace = minM2PerParkingSpace > 0 ? minM2PerParkingSpace : 25;
        entranceMaxDistanceM = entranceMaxDistanceM > 0 ? entranceMaxDistanceM : 200;
        maxBulkItems = maxBulkItems > 0 ? maxBulkItems : 1000;
    }
}
