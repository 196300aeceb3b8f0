package org.sheltergis.campaigns;

import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The campaign figures as JSON text, computed live from the register for the configured campaign year. */
@Component
class CampaignFigures {

    private final JdbcClient jdbc;
    private final ShelterProperties.Campaign campaign;

    CampaignFigures(JdbcClient jdbc, ShelterProperties properties) {
        this.jdbc = jdbc;
        this.campaign = properties.campaign();
    }

    String signage() {
        return jdbc.sql(SqlFiles.load("campaigns/signage.sql"))
                .param("year", campaign.yearOrCurrent())
                .query(String.class)
                .single();
    }

    /** GeoJSON points. */
    String signageRemaining() {
        return jdbc.sql(SqlFiles.load("campaigns/signage_remaining.sql"))
                .query(String.class)
                .single();
    }

    String parking() {
        return jdbc.sql(SqlFiles.load("campaigns/parking.sql"))
                .param("year", campaign.yearOrCurrent())
                .param("plan_spaces", campaign.parkingPlanSpaces())
                .query(String.class)
                .single();
    }
}
