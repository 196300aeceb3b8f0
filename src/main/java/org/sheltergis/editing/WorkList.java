package org.sheltergis.editing;

import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The editors' list of works (as JSON text): by code or name, ids, district and signage status. */
@Component
class WorkList {

    private final JdbcClient jdbc;

    WorkList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code pattern} is a LIKE pattern or null, every other filter null for "any". */
    String json(String pattern, Long[] ids, String district, String signage, int limit) {
        return jdbc.sql(SqlFiles.load("editing/list_works.sql"))
                .param("q", pattern)
                .param("ids", ids)
                .param("district", district)
                .param("signage", signage)
                .param("limit", limit)
                .query(String.class)
                .single();
    }
}
