package org.sheltergis.geoserver;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Fresh tiles after every edit (prefix {@code shelter.geoserver.tile-truncation}): the sender runs only when
 * {@code url} names GeoServer (e.g. {@code SHELTER_GEOSERVER_TILETRUNCATION_URL}); the account comes from the
 * environment ({@code SHELTER_GEOSERVER_TILETRUNCATION_USER} / {@code _PASSWORD}), never from the repository.
 *
 * @param url        GeoServer's root, e.g. https://gis.example.gov.cn/geoserver; empty: nothing is sent
 * @param every      how often the outbox is read
 * @param firstRetry wait after the first failure; it doubles with every further failure …
 * @param maxRetry   … up to this
 * @param margin     degrees added around the changed box, so symbols and labels drawn past a feature go too
 * @param batch      rows read per round
 */
@ConfigurationProperties("shelter.geoserver.tile-truncation")
public record TileTruncationProperties(
        String url,
        String user,
        String password,
        Duration every,
        Duration firstRetry,
        Duration maxRetry,
        Double margin,
        Integer batch,
        Duration timeout) {

    /** The grids of the tile layers the publication configures (ServiceBodies.tileLayer). */
    static final List<String> GRIDSETS = List.of("EPSG:4326", "EPSG:900913");

    public TileTruncationProperties {
        every = every != null ? every : Duration.ofSeconds(5);
        firstRetry = firstRetry != null ? firstRetry : Duration.ofSeconds(10);
        maxRetry = maxRetry != null ? maxRetry : Duration.ofMinutes(10);
        margin = margin != null ? margin : 0.002;
        batch = batch != null ? batch : 50;
        timeout = timeout != null ? timeout : Duration.ofSeconds(10);
    }
}
