package org.sheltergis.reports;

import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores reports through the register's connection, by the one function made for it (insert only); checks a named
 * shelter through the public views, so the answer can only ever be about a public shelter.
 */
@Component
class ReportStore {

    private final JdbcClient register;
    private final JdbcClient pub;

    ReportStore(JdbcClient register, PublicDatabase publicDatabase) {
        this.register = register;
        this.pub = publicDatabase.jdbc();
    }

    boolean isPublicShelter(long id) {
        return pub.sql(SqlFiles.load("reports/is_public_shelter.sql"))
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    long submit(String category, String description, String language, double lon, double lat, Long shelterId) {
        return register.sql(SqlFiles.load("reports/submit.sql"))
                .param("category", category)
                .param("description", description)
                .param("language", language)
                .param("lon", lon)
                .param("lat", lat)
                .param("shelter_id", shelterId, java.sql.Types.BIGINT)
                .query(Long.class)
                .single();
    }
}
