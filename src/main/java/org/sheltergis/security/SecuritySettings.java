package org.sheltergis.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of accounts and protection (prefix {@code shelter.security}).
 *
 * @param adminPassword     the first admin's password (user {@code admin}), normally from SHELTER_ADMIN_PASSWORD; when
 *                          empty and no user exists, a random one is generated and printed once
 * @param tileHosts         hosts whose map tiles pages may load over https (Content-Security-Policy img-src)
 * @param maxBodyBytes      largest request body accepted (413 above)
 * @param maxUploadBytes    largest multipart upload accepted (413 above)
 * @param trustedProxies    reverse proxies (exact addresses or CIDR blocks) whose X-Forwarded-* headers are believed,
 *                          for the client address and for the scheme, host and port; from anyone else they are dropped
 * @param hsts              send Strict-Transport-Security on https answers (off by default; on behind an https proxy)
 * @param login             login throttling (see {@link LoginThrottle})
 */
@ConfigurationProperties("shelter.security")
public record SecuritySettings(
        String adminPassword,
        List<String> tileHosts,
        long maxBodyBytes,
        long maxUploadBytes,
        int minPasswordLength,
        int maxGeometryVertices,
        List<String> trustedProxies,
        boolean hsts,
        Login login) {

    /**
     * @param freeFailures failures in a row (per account, per client address) before attempts are refused
     * @param firstDelay   the refusal after the {@code freeFailures}-th failure; it doubles with each further failure
     * @param maxDelay     the longest refusal; also how long a quiet key is remembered (so every lock decays)
     * @param maxTracked   keys kept in memory before quiet ones are forgotten
     */
    public record Login(int freeFailures, java.time.Duration firstDelay, java.time.Duration maxDelay, int maxTracked) {
        public Login {
            freeFailures = freeFailures > 0 ? freeFailures : 5;
            firstDelay = firstDelay != null && !firstDelay.isNegative() && !firstDelay.isZero()
                    ? firstDelay
                    : java.time.Duration.ofSeconds(1);
            maxDelay = maxDelay != null && !maxDelay.isNegative() && !maxDelay.isZero()
                    ? maxDelay
                    : java.time.Duration.ofMinutes(15);
            maxTracked = maxTracked > 0 ? maxTracked : 100_000;
        }
    }

    public SecuritySettings {
        adminPassword = adminPassword == null ? "" : adminPassword;
        tileHosts = tileHosts == null ? List.of() : List.copyOf(tileHosts);
        maxBodyBytes = maxBodyBytes > 0 ? maxBodyBytes : 2 * 1024 * 1024;
        maxUploadBytes = maxUploadBytes > 0 ? maxUploadBytes : 50L * 1024 * 1024;
        minPasswordLength = minPasswordLength > 0 ? minPasswordLength : 10;
        maxGeometryVertices = maxGeometryVertices > 0 ? maxGeometryVertices : 5000;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        login = login == null ? new Login(0, null, null, 0) : login;
        for (String host : tileHosts) {
            if (!host.matches("[A-Za-z0-9*.:-]+")) {
                throw new IllegalArgumentException("shelter.security.tile-hosts: not a host name: " + host);
            }
        }
    }
}
