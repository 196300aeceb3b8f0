package org.sheltergis.stats;

import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's figures as JSON text: the public ones through the public role (pub views only), the register by
 * wartime function through the register's own connection, for callers who may read restricted data.
 */
@Component
class RegisterFigures {

    private final PublicDatabase publicDatabase;
    private final JdbcClient register;
    private final ShelterProperties.Campaign campaign;

    RegisterFigures(PublicDatabase publicDatabase, JdbcClient register, ShelterProperties properties) {
        this.publicDatabase = publicDatabase;
        this.register = register;
        this.campaign = properties.campaign();
    }

    String publicFigures() {
        return publicDatabase
                .jdbc()
                .sql(SqlFiles.load("stats/public_stats.sql"))
                .param("year", campaign.yearOrCurrent())
                .param("plan_spaces", campaign.parkingPlanSpaces())
                .query(String.class)
                .single();
    }

    String restrictedFigures() {
        return register.sql(SqlFiles.load("stats/staff_stats.sql"))
                .query(String.class)
                .single();
    }
}
