package org.sheltergis.siting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-selection settings (prefix {@code shelter.siting}). Numbers marked assumed in the domain notes are defaults
 * here, never constants in code.
 *
 * @param radiusM           service radius of a personnel shelter, metres (GB 50038-2005 §3.1.2: at most 200 m)
 * @param stayingShare      share of residents who stay in the city in wartime (assumed 0.40)
 * @param m2PerPerson       sheltering area per person; empty = the service-wide {@code shelter.capacity.m2-per-person}
 * @param minBuildableArea  a candidate with less buildable underground area is excluded, m²
 * @param shelteringShare   share of the buildable area that becomes sheltering area (capacity)
 * @param unitCost          construction cost per m² for sites with neither a cost nor a unit cost (assumed), CNY
 * @param feeRate           relocation fee per m² of exempted 结建 area (assumed 2,000 CNY/m²)
 * @param timeLimit         the exact solver's time limit
 * @param maxTimeLimit      the most a request may ask for
 * @param parkingRadiusM    residents within this distance count towards a site's parking demand, metres
 * @param vehiclesPerResident cars per resident for parking demand (assumed)
 */
@ConfigurationProperties("shelter.siting")
public record SitingProperties(
        Double radiusM,
        Double stayingShare,
        Double m2PerPerson,
        Double minBuildableArea,
        Double shelteringShare,
        Double unitCost,
        Double feeRate,
        Duration timeLimit,
        Duration maxTimeLimit,
        Double parkingRadiusM,
        Double vehiclesPerResident) {

    public SitingProperties {
        radiusM = radiusM != null ? radiusM : 200.0;
        stayingShare = stayingShare != null ? stayingShare : 0.40;
        minBuildableArea = minBuildableArea != null ? minBuildableArea : 1500.0;
        shelteringShare = shelteringShare != null ? shelteringShare : 0.7;
        unitCost = unitCost != null ? unitCost : 4000.0;
        feeRate = feeRate != null ? feeRate : 2000.0;
        timeLimit = timeLimit != null ? timeLimit : Duration.ofSeconds(30);
        maxTimeLimit = maxTimeLimit != null ? maxTimeLimit : Duration.ofMinutes(5);
        parkingRadiusM = parkingRadiusM != null ? parkingRadiusM : 300.0;
        vehiclesPerResident = vehiclesPerResident != null ? vehiclesPerResident : 0.2;
        if (radiusM <= 0 || stayingShare <= 0 || stayingShare > 1 || shelteringShare <= 0 || shelteringShare > 1) {
            throw new IllegalArgumentException(
                    "shelter.siting: radius, staying share and sheltering share must be positive (shares at most 1)");
        }
    }
}
