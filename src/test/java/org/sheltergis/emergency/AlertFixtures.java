package org.sheltergis.emergency;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the alert state back to "none" everywhere, or sets it straight in the database as another instance would. */
public final class AlertFixtures {

    private AlertFixtures() {}

    /** No alert anywhere (a new version, so every instance and page learns it). */
    public static void reset(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM core.alert_state").update();
        jdbc.sql("INSERT INTO core.alert_changes (state, mode, actor) VALUES ('none', 'drill', 'test')")
                .update();
    }

    public static void setDirectly(JdbcClient jdbc, String state, String mode, String district) {
        long id = jdbc.sql("INSERT INTO core.alert_changes (state, mode, districts, actor)"
                        + " VALUES (:state, :mode, ARRAY[:district], 'other-instance') RETURNING id")
                .param("state", state)
                .param("mode", mode)
                .param("district", district)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO core.alert_state (district_code, state, mode, change_id) VALUES (:d, :state, :mode, :id)"
                        + " ON CONFLICT (district_code) DO UPDATE SET state = EXCLUDED.state, mode = EXCLUDED.mode,"
                        + " change_id = EXCLUDED.change_id, since = now()")
                .param("d", district)
                .param("state", state)
                .param("mode", mode)
                .param("id", id)
                .update();
    }
}
