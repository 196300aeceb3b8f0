package org.sheltergis.ogc.features;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the OGC API – Features outlet (prefix {@code shelter.ogcapi}).
 *
 * @param defaultLimit page size when the client gives no {@code limit} (the standard's example default is 10)
 * @param maxLimit     the largest page served; a larger {@code limit} is served as this many (the standard's advice)
 */
@ConfigurationProperties("shelter.ogcapi")
public record FeaturesProperties(
        Integer defaultLimit,
        Integer maxLimit,
        String title,
        String titleEn,
        String description,
        String descriptionEn) {

    public FeaturesProperties {
        defaultLimit = defaultLimit != null ? defaultLimit : 10;
        maxLimit = maxLimit != null ? maxLimit : 10_000;
        title = title != null ? title : "南通市人防工程地理信息服务";
        titleEn = titleEn != null ? titleEn : "Nantong civil air defence works";
        description = description != null ? description : "南通市人防办公开图层的 OGC API – Features 服务（GeoJSON）。";
        descriptionEn = descriptionEn != null
                ? descriptionEn
                : "Public layers of the Nantong civil air defence office as OGC API – Features (GeoJSON).";
        if (defaultLimit < 1 || maxLimit < defaultLimit) {
            throw new IllegalArgumentException("shelter.ogcapi: need 1 <= default-limit <= max-limit");
        }
    }
}
