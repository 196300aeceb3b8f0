package org.sheltergis.common;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies the settings that SQL views use (m² per person, campaign year, parking plan, the entrance kinds that are
 * ways in) into core.settings, so the database computes with the same numbers as the service.
 */
@Component
class SettingsSync {

    private final JdbcClient jdbc;
    private final ShelterProperties properties;

    SettingsSync(JdbcClient jdbc, ShelterProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void sync() {
        write("m2_per_person", Double.toString(properties.capacity().m2PerPerson()));
        write("campaign_year", Integer.toString(properties.campaign().yearOrCurrent()));
        write("parking_plan_spaces", Integer.toString(properties.campaign().parkingPlanSpaces()));
        write("supply_entrance_kinds", String.join(",", properties.supply().entranceKinds()));
    }

    private void write(String key, String value) {
        jdbc.sql(SqlFiles.load("common/upsert_setting.sql"))
                .param("key", key)
                .param("value", value)
                .update();
    }
}
