package org.sheltergis.reports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of citizens' problem reports (prefix {@code shelter.reports}).
 *
 * @param burst          reports a client may send at once (the token bucket's size)
 * @param refillEvery    one more report is allowed after this much time (default 6 min: 10 an hour)
 * @param maxClients     clients tracked in memory before idle ones are forgotten
 * @param maxDescription the longest free text accepted, in characters
 */
@ConfigurationProperties("shelter.reports")
public record ReportProperties(Integer burst, Duration refillEvery, Integer maxClients, Integer maxDescription) {

    public ReportProperties {
        burst = burst != null ? burst : 5;
        refillEvery = refillEvery != null ? refillEvery : Duration.ofMinutes(6);
        maxClients = maxClients != null ? maxClients : 100_000;
        maxDescription = maxDescription != null ? maxDescription : 1000;
        if (burst < 1 || refillEvery.isZero() || refillEvery.isNegative()) {
            throw new IllegalArgumentException("shelter.reports: burst must be ≥ 1 and refill-every positive");
        }
    }
}
