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
 */
@ConfigurationProperties("shelter.security")
public record SecuritySettings(
        String adminPassword,
        List<String> tileHosts,
        long maxBodyBytes,
        long maxUploadBytes,
        int minPasswordLength,
        int maxGeometryVertices) {

    public SecuritySettings {
        adminPassword = adminPassword == null ? "" : adminPassword;
        tileHosts = tileHosts == null ? List.of() : List.copyOf(tileHosts);
        maxBodyBytes = maxBodyBytes > 0 ? maxBodyBytes : 2 * 1024 * 1024;
        maxUploadBytes = maxUploadBytes > 0 ? maxUploadBytes : 50L * 1024 * 1024;
        minPasswordLength = minPasswordLength > 0 ? minPasswordLength : 10;
        maxGeometryVertices = maxGeometryVertices > 0 ? maxGeometryVertices : 5000;
        for (String host : tileHosts) {
            if (!host.matches("[A-Za-z0-9*.:-]+")) {
                throw new IllegalArgumentException("shelter.security.tile-hosts: not a host name: " + host);
            }
        }
    }

}
