package org.sheltergis.emergency;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the city alert (prefix {@code shelter.alert}).
 *
 * @param sirenTestDate  the day of this year's city-wide siren test, shown on the public page and the action guide.
 *                       The office announces it each year; the default (19 September 2026, the National Defence
 *                       Education Day, the third Saturday of September, when many Jiangsu cities sound the sirens) is
 *                       assumed
 * @param poll           how often each service instance reads the alert version from the database: instances share
 *                       one database, so a change made on one reaches the pages served by the others within this
 * @param confirmWindow  how long a prepared change waits for its confirmation
 * @param heartbeat      how often an open event stream gets a comment, so dead connections are noticed and proxies
 *                       keep it open
 * @param streamTimeout  an event stream is closed after this (the browser reconnects at once)
 * @param maxStreams     open event streams per instance; beyond it a page polls instead
 * @param walkBandMinutes the walking band drawn around the person: how far one gets on foot in this many minutes
 */
@ConfigurationProperties("shelter.alert")
public record AlertProperties(
        LocalDate sirenTestDate,
        Duration poll,
        Duration confirmWindow,
        Duration heartbeat,
        Duration streamTimeout,
        Integer maxStreams,
        Integer walkBandMinutes) {

    public AlertProperties {
        sirenTestDate = sirenTestDate != null ? sirenTestDate : LocalDate.of(2026, 9, 19);
        poll = poll != null ? poll : Duration.ofSeconds(1);
        confirmWindow = confirmWindow != null ? confirmWindow : Duration.ofMinutes(2);
        heartbeat = heartbeat != null ? heartbeat : Duration.ofSeconds(20);
        streamTimeout = streamTimeout != null ? streamTimeout : Duration.ofMinutes(10);
        maxStreams = maxStreams != null ? maxStreams : 5000;
        walkBandMinutes = walkBandMinutes != null ? walkBandMinutes : 5;
        if (walkBandMinutes < 1 || walkBandMinutes > 30) {
            throw new IllegalArgumentException("shelter.alert.walk-band-minutes must be between 1 and 30");
        }
        if (poll.isNegative() || poll.isZero() || poll.compareTo(Duration.ofSeconds(4)) > 0) {
            throw new IllegalArgumentException(
                    "shelter.alert.poll must be between 1 ms and 4 s: open pages must learn a change within 5 s");
        }
    }
}
