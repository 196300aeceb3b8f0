package org.sheltergis.shelters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.ShelterProperties;
import org.springframework.stereotype.Component;

/**
 * What the page needs to know before it draws: the base map (URL template, attribution, and the datum its tiles are
 * drawn in — GCJ-02 for AMap and Tencent, so the page shifts the data onto them), the served area and the distance
 * rules, so the page's offline estimate uses the same detour factor, walking speed and ways in as the server.
 */
@Component
class MapConfig {

    static final String WGS84 = "wgs84";
    static final String GCJ02 = "gcj02";

    private final PublicMapProperties settings;
    private final List<String> wayInKinds;

    MapConfig(PublicMapProperties settings, ShelterProperties shelter) {
        this.settings = settings;
        this.wayInKinds = shelter.supply().entranceKinds();
    }

    Map<String, Object> describe() {
        var out = new LinkedHashMap<String, Object>();
        out.put("tiles", tiles(settings.tiles()));
        var a = settings.area();
        out.put("area", List.of(a.minLon(), a.minLat(), a.maxLon(), a.maxLat()));
        out.put("center", List.of(120.894, 32.008));
        out.put("zoom", 13);
        out.put("detour_factor", settings.detourFactor());
        out.put("walking_speed_mpm", settings.walkingSpeedMpm());
        out.put("nearest_limit", settings.defaultLimit());
        // The entrance kinds that are ways in (ADR 0007), for ranking offline as the server ranks.
        out.put("way_in_kinds", wayInKinds);
        return out;
    }

    /** The tile layers of the chosen source (Tianditu has a separate label layer). */
    static Map<String, Object> tiles(PublicMapProperties.Tiles t) {
        var out = new LinkedHashMap<String, Object>();
        out.put("source", t.source());
        out.put("max_zoom", t.maxZoom());
        switch (t.source()) {
            case "tianditu" -> {
                String key = t.tiandituKey() == null ? "" : t.tiandituKey();
                out.put("layers", List.of(tianditu("vec", key), tianditu("cva", key)));
                out.put("subdomains", "01234567");
                out.put("crs", WGS84);
                out.put("attribution", "© 天地图 Tianditu");
                out.put("available", !key.isBlank());
            }
            case "amap" -> {
                out.put(
                        "layers",
                        List.of("https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1"
                                + "&style=8&x={x}&y={y}&z={z}"));
                out.put("subdomains", "1234");
                out.put("crs", GCJ02);
                out.put("attribution", "© 高德地图 AMap");
            }
            case "tencent" -> {
                out.put("layers", List.of("https://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={-y}&type=vector&styleid=0"));
                out.put("subdomains", "0123");
                out.put("crs", GCJ02);
                out.put("attribution", "© 腾讯地图 Tencent");
            }
            case "custom" -> {
                out.put("layers", List.of(t.url()));
                out.put("subdomains", t.subdomains() == null ? "abc" : t.subdomains());
                out.put("crs", GCJ02.equalsIgnoreCase(t.crs()) ? GCJ02 : WGS84);
                out.put("attribution", t.attribution() == null ? "" : t.attribution());
            }
            default -> {
                out.put(
                        "layers",
                        List.of(t.url() != null ? t.url() : "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"));
                out.put("subdomains", t.subdomains() == null ? "abc" : t.subdomains());
                out.put("crs", WGS84);
                out.put(
                        "attribution",
                        t.attribution() != null
                                ? t.attribution()
                                : "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors");
            }
        }
        out.putIfAbsent("available", true);
        return out;
    }

    private static String tianditu(String layer, String key) {
        return "https://t{s}.tianditu.gov.cn/" + layer + "_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER="
                + layer + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk="
                + key;
    }
}
