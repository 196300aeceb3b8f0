package org.sheltergis.shelters;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One answer of the nearest-shelter search: the shelter's public attributes, the entrance to walk to and how far it is.
 *
 * @param distanceM   walking distance in metres (over the network, or straight line × detour factor)
 * @param straightM   straight-line (geodesic) distance to the same entrance
 * @param method      {@code network} or {@code straight_line}
 * @param walkMinutes walking time at the configured speed, rounded up
 * @param status      live status (V16): {@code open}, {@code full} or {@code closed} — the search only returns open ones
 * @param occupants   people inside, as staff last reported (0 when never reported)
 * @param lastVerified ISO date the work was last verified on site, or null
 * In JSON the names are snake_case like every public answer (ADR 0013): {@code distance_m}, {@code open_status}, ….
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NearestShelter(
        long id,
        String code,
        String name,
        String address,
        String district,
        Integer capacity,
        String openStatus,
        boolean wheelchairAccessible,
        boolean hasParking,
        Integer parkingSpaces,
        Integer parkingFree,
        int evChargers,
        String signageStatus,
        Integer signageYear,
        double lon,
        double lat,
        Entrance entrance,
        JsonNode entrances,
        double distanceM,
        double straightM,
        String method,
        int walkMinutes,
        String status,
        int occupants,
        // Present even when not recorded (null): pages written against the contract look for them (issue 17).
        @JsonInclude(JsonInclude.Include.ALWAYS) String managingUnit,
        @JsonInclude(JsonInclude.Include.ALWAYS) String dutyPhone,
        @JsonInclude(JsonInclude.Include.ALWAYS) String lastVerified) {

    /** The entrance the distance is measured to. */
    public record Entrance(long id, String kind, boolean accessible, double lon, double lat) {}

    /** The same shelter measured to entrance {@code to} with a walking distance found by {@code how}. */
    NearestShelter measured(Entrance to, double straight, double distance, String how, double speedMpm) {
        return new NearestShelter(
                id,
                code,
                name,
                address,
                district,
                capacity,
                openStatus,
                wheelchairAccessible,
                hasParking,
                parkingSpaces,
                parkingFree,
                evChargers,
                signageStatus,
                signageYear,
                lon,
                lat,
                to,
                entrances,
                round1(distance),
                round1(straight),
                how,
                minutes(distance, speedMpm),
                status,
                occupants,
                managingUnit,
                dutyPhone,
                lastVerified);
    }

    /** The same shelter with its live status as staff last set it. */
    NearestShelter withStatus(String liveStatus, int people) {
        return new NearestShelter(
                id,
                code,
                name,
                address,
                district,
                capacity,
                openStatus,
                wheelchairAccessible,
                hasParking,
                parkingSpaces,
                parkingFree,
                evChargers,
                signageStatus,
                signageYear,
                lon,
                lat,
                entrance,
                entrances,
                distanceM,
                straightM,
                method,
                walkMinutes,
                liveStatus,
                people,
                managingUnit,
                dutyPhone,
                lastVerified);
    }

    /** The entrance of this shelter with that id, from its entrance list. */
    Entrance entranceById(long entranceId) {
        for (JsonNode e : entrances) {
            if (e.get("id").asLong() == entranceId) {
                return new Entrance(
                        entranceId,
                        e.get("kind").asString(),
                        e.get("accessible").asBoolean(),
                        e.get("lon").asDouble(),
                        e.get("lat").asDouble());
            }
        }
        return entrance;
    }

    static int minutes(double metres, double speedMpm) {
        return Math.max(1, (int) Math.ceil(metres / speedMpm));
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
