package org.sheltergis.common;

import java.time.Duration;
import java.time.Year;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's settings (prefix {@code shelter}). Numbers the domain marks as assumed are settings with a default,
 * never constants.
 */
@ConfigurationProperties("shelter")
public record ShelterProperties(
        PublicDatasource publicDatasource,
        Capacity capacity,
        Campaign campaign,
        Sample sample,
        Api api,
        Supply supply) {

    public ShelterProperties {
        publicDatasource = publicDatasource != null
                ? publicDatasource
                : new PublicDatasource(null, "shelter_pub", "", Duration.ofSeconds(10));
        capacity = capacity != null ? capacity : new Capacity(1.0);
        campaign = campaign != null ? campaign : new Campaign(null, 3000);
        sample = sample != null ? sample : new Sample(1);
        api = api != null ? api : new Api(100, 10_000);
        supply = supply != null ? supply : new Supply(null);
    }

    /**
     * The connection public outlets use: a role that can read the {@code pub} schema and nothing else.
     * The URL defaults to the main datasource's.
     */
    public record PublicDatasource(String url, String username, String password, Duration statementTimeout) {
        public PublicDatasource {
            username = username != null ? username : "shelter_pub";
            password = password != null ? password : "";
            statementTimeout = statementTimeout != null ? statementTimeout : Duration.ofSeconds(10);
        }
    }

    /** m² of sheltering area per person (GB 50038 practice: about 1.0). */
    public record Capacity(double m2PerPerson) {
        public Capacity {
            if (m2PerPerson <= 0) {
                throw new IllegalArgumentException("shelter.capacity.m2-per-person must be positive");
            }
        }
    }

    /** The year the signage and parking campaigns count ("this year") and the year's parking plan. */
    public record Campaign(Integer year, int parkingPlanSpaces) {
        public int yearOrCurrent() {
            return year != null ? year : Year.now().getValue();
        }
    }

    /** The scale of the synthetic sample demo mode loads into an empty register (ADR 0008). */
    public record Sample(int scale) {}

    /**
     * The one definition of supply (ADR 0007): the entrance kinds that are ways in — for coverage, site selection and
     * the nearest-shelter search alike (copied into core.settings, where the analysis schema reads it).
     */
    public record Supply(java.util.List<String> entranceKinds) {
        public Supply {
            entranceKinds = entranceKinds == null || entranceKinds.isEmpty()
                    ? java.util.List.of("pedestrian", "vehicle")
                    : java.util.List.copyOf(entranceKinds);
            for (String kind : entranceKinds) {
                if (!kind.matches("[a-z_]+")) {
                    throw new IllegalArgumentException(
                            "shelter.supply.entrance-kinds: not an entrance kind: '" + kind + "'");
                }
            }
        }
    }

    /** Paging of the layer API. */
    public record Api(int defaultLimit, int maxLimit) {}
}
