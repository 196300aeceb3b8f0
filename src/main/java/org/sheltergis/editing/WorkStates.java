package org.sheltergis.editing;

import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The current state of a work as editors see it (work, footprint, entrances, signage, parking with their versions). */
@Component
class WorkStates {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WorkStates(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String stateJson(long id) {
        return jdbc.sql(SqlFiles.load("editing/work_state.sql"))
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no work " + id + "."));
    }

    JsonNode state(long id) {
        return json.readTree(stateJson(id));
    }

    /** 404 when the work does not exist. */
    void requireWork(long id) {
        if (jdbc.sql(SqlFiles.load("editing/work_count.sql"))
                        .param("id", id)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new NotFoundException("There is no work " + id + ".");
        }
    }

    /** Locks the work for the rest of the transaction and returns its version; 404 when it does not exist. */
    int lock(long id) {
        return jdbc.sql(SqlFiles.load("editing/lock_work.sql"))
                .param("id", id)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no work " + id + "."));
    }

    /** One part of the state (work, footprint, signage, parking, entrances) as JSON text, or null. */
    String part(JsonNode state, String name) {
        JsonNode p = state.get(name);
        return p == null || p.isNull() ? null : json.writeValueAsString(p);
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    tools.jackson.databind.node.ArrayNode array() {
        return json.createArrayNode();
    }

    JsonNode read(String text) {
        return json.readTree(text);
    }
}
