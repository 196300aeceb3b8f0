package org.sheltergis.geoserver;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the catalog is published to GeoServer (prefix {@code shelter.geoserver}). Names and service metadata only:
 * passwords never live here, they come from command options or environment variables.
 *
 * @param publicWorkspace     workspace of the public layers, read through the public role on schema pub
 * @param restrictedWorkspace workspace of the restricted layers, read through its own role on schema staff
 * @param namespaceBase       namespace URIs are this plus the workspace name
 * @param restrictedRole      the GeoServer security role that alone may read the restricted workspace
 * @param layerGroup          name of the layer group of the public map (all public layers, polygons below points)
 * @param stylesDirectory     where the SLD files are read from (then classpath {@code styles/})
 * @param database            the PostGIS connection as GeoServer sees it (host may differ from the service's)
 * @param timeout             per-request deadline of the REST calls
 */
@ConfigurationProperties("shelter.geoserver")
public record GeoServerProperties(
        String publicWorkspace,
        String restrictedWorkspace,
        String namespaceBase,
        String restrictedRole,
        String layerGroup,
        String stylesDirectory,
        Database database,
        Service service,
        Duration timeout) {

    public GeoServerProperties {
        publicWorkspace = or(publicWorkspace, "shelter");
        restrictedWorkspace = or(restrictedWorkspace, "shelter_staff");
        namespaceBase = or(namespaceBase, "urn:sheltergis:");
        restrictedRole = or(restrictedRole, "ROLE_SHELTER_STAFF");
        layerGroup = or(layerGroup, "shelter_map");
        stylesDirectory = or(stylesDirectory, "geoserver/styles");
        database = database != null ? database : new Database(null, null, null, null, null);
        service = service != null ? service : new Service(null, null, null, null, null, null, null, null, null);
        timeout = timeout != null ? timeout : Duration.ofSeconds(30);
    }

    public static GeoServerProperties defaults() {
        return new GeoServerProperties(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The datastores' connection. Host, port and name default to those of the service's own datasource.
     *
     * @param publicUser     role of the public datastore: reads schema pub only
     * @param restrictedUser role of the restricted datastore: reads schema staff only (see geoserver/README.md)
     */
    public record Database(String host, Integer port, String name, String publicUser, String restrictedUser) {
        public Database {
            publicUser = or(publicUser, "shelter_pub");
            restrictedUser = or(restrictedUser, "shelter_staff_reader");
        }
    }

    /** WMS service metadata and contact, shown in GetCapabilities. */
    public record Service(
            String title,
            String abstractText,
            List<String> srs,
            String contactPerson,
            String contactOrganization,
            String contactPosition,
            String contactEmail,
            String contactPhone,
            String city) {
        public Service {
            title = or(title, "南通市人防工程 WMS / Nantong civil air defence works");
            abstractText = or(
                    abstractText,
                    "南通市人民防空办公室公开图层：人防疏散掩蔽工程、出入口、停车场、控规单元。"
                            + " Public layers of the Nantong civil air defence office.");
            srs = srs != null && !srs.isEmpty() ? List.copyOf(srs) : List.of("4326", "3857", "4490", "4549");
            contactPerson = or(contactPerson, "GIS administrator");
            contactOrganization = or(contactOrganization, "南通市人民防空办公室 (Nantong Civil Air Defence Office)");
            contactPosition = or(contactPosition, "GIS administrator");
            contactEmail = or(contactEmail, "");
            contactPhone = or(contactPhone, "");
            city = or(city, "南通 Nantong");
        }
    }

    static String or(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }
}
