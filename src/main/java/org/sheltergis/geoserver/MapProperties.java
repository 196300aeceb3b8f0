package org.sheltergis.geoserver;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the public map gets its WMS (prefix {@code shelter.map}): empty means the embedded {@code /wms}; a URL such as
 * {@code https://gis.example/geoserver/shelter/wms} (the public workspace's virtual service, where layer and style
 * names are the catalog's) points the map at GeoServer instead.
 */
@ConfigurationProperties("shelter.map")
public record MapProperties(String wmsUrl) {

    public MapProperties {
        wmsUrl = wmsUrl == null || wmsUrl.isBlank() ? "/wms" : wmsUrl.strip();
    }
}
