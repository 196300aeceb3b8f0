package org.sheltergis.shelters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/public/shelter-status}: the live status of every public shelter, as one JSON text kept in memory
 * until the data version or the status version moves. The page polls it every few seconds with its ETag, so nearly
 * every poll is one shared version read and a 304.
 */
@Component
class ShelterStatusList {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LiveVersions versions;

    private record Cached(String version, String json) {}

    private volatile Cached cached;

    ShelterStatusList(PublicDatabase database, JsonMapper json, LiveVersions versions) {
        this.jdbc = database.jdbc();
        this.json = json;
        this.versions = versions;
    }

    /** The version label of the current status: data version and status version. */
    String version() {
        LiveVersions.Versions v = versions.current();
        return v.data() + "." + v.status();
    }

    String body(String version) {
        Cached c = cached;
        if (c != null && c.version().equals(version)) {
            return c.json();
        }
        synchronized (this) {
            c = cached;
            if (c == null || !c.version().equals(version)) {
                List<Map<String, Object>> shelters = new ArrayList<>();
                jdbc.sql(SqlFiles.load("shelters/public_status_list.sql")).query(rs -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("id", rs.getLong("id"));
                    m.put("status", rs.getString("status"));
                    m.put("occupants", rs.getInt("occupants"));
                    m.put("capacity", rs.getObject("capacity"));
                    shelters.add(m);
                });
                var body = new LinkedHashMap<String, Object>();
                body.put("version", version);
                body.put("shelters", shelters);
                c = new Cached(version, json.writeValueAsString(body));
                cached = c;
            }
            return c.json();
        }
    }
}
