package org.sheltergis.geoserver;

import static org.sheltergis.geoserver.Bodies.map;

import java.util.Map;

/**
 * Bodies of the service-level resources: contact and WMS settings of a workspace (as documents for {@link Bodies#json}),
 * GeoWebCache tile layers (XML).
 */
final class ServiceBodies {

    private ServiceBodies() {}

    static Map<String, Object> settings(GeoServerProperties p) {
        var s = p.service();
        return map(
                "settings",
                map(
                        "contact",
                        map(
                                "contactPerson",
                                s.contactPerson(),
                                "contactOrganization",
                                s.contactOrganization(),
                                "contactPosition",
                                s.contactPosition(),
                                "contactEmail",
                                s.contactEmail(),
                                "contactVoice",
                                s.contactPhone(),
                                "addressCity",
                                s.city(),
                                "addressCountry",
                                "中国 China"),
                        "charset",
                        "UTF-8",
                        "numDecimals",
                        7,
                        "verbose",
                        false,
                        "verboseExceptions",
                        false,
                        "localWorkspaceIncludesPrefix",
                        false));
    }

    /** WMS of a workspace (its virtual service at /geoserver/{workspace}/wms): title, abstract and CRS list. */
    static Map<String, Object> wms(GeoServerProperties p, String workspace, boolean restricted) {
        var s = p.service();
        return map(
                "wms",
                map(
                        "workspace",
                        map("name", workspace),
                        "enabled",
                        true,
                        "name",
                        "WMS",
                        "title",
                        restricted ? s.title() + "（涉密 / restricted）" : s.title(),
                        // GeoServer's own spelling of the field.
                        "abstrct",
                        s.abstractText(),
                        "srs",
                        map("string", s.srs()),
                        "bboxForEachCRS",
                        true));
    }

    /** A GeoWebCache tile layer: PNG tiles on the WGS 84 and Web Mercator grids, 4x4 meta-tiles. */
    static String tileLayer(String qualifiedName) {
        return "<GeoServerLayer>"
                + "<enabled>true</enabled>"
                + "<name>" + qualifiedName + "</name>"
                + "<mimeFormats><string>image/png</string></mimeFormats>"
                + "<gridSubsets>"
                + "<gridSubset><gridSetName>EPSG:4326</gridSetName></gridSubset>"
                + "<gridSubset><gridSetName>EPSG:900913</gridSetName></gridSubset>"
                + "</gridSubsets>"
                + "<metaWidthHeight><int>4</int><int>4</int></metaWidthHeight>"
                + "<expireCache>0</expireCache><expireClients>0</expireClients>"
                + "<parameterFilters><styleParameterFilter><key>STYLES</key><defaultValue></defaultValue>"
                + "</styleParameterFilter></parameterFilters>"
                + "<gutter>0</gutter>"
                + "</GeoServerLayer>";
    }
}
