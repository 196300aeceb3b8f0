package org.sheltergis.planning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults and limits of the coverage analysis (prefix {@code shelter.coverage}). The service radius follows
 * GB 50038-2005 §3.1.2 (at most 200 m); the staying share is an assumed plan parameter; 1.0 m² per person is the
 * usual sheltering standard.
 */
@ConfigurationProperties("shelter.coverage")
public record CoverageProperties(
        double radiusM,
        double stayingShare,
        double m2PerPerson,
        double maxRadiusM,
        int maxWhatIfWorks,
        Duration statementTimeout) {

    public CoverageProperties {
        radiusM = radiusM > 0 ? radiusM : 200;
        stayingShare = stayingShare > 0 ? stayingShare : 0.4;
        m2PerPerson = m2PerPerson > 0 ? m2PerPerson : 1.0;
        maxRadiusM = maxRadiusM > 0 ? maxRadiusM : 5000;
        maxWhatIfWorks = maxWhatIfWorks > 0 ? maxWhatIfWorks : 100;
        statementTimeout = statementTimeout != null ? statementTimeout : Duration.ofMinutes(2);
    }
}
