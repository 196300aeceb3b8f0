package org.sheltergis.common;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database as public outlets see it: connected as a role that can read the {@code pub} schema and nothing else.
 * Anything anonymous callers receive is read through here, so a restricted work cannot leak by a forgotten filter —
 * the role simply has no grant on the register. Deliberately not a {@code DataSource} bean, so nothing picks it up
 * by accident in place of the register's.
 */
@Component
public class PublicDatabase implements DisposableBean {

    private final HikariDataSource dataSource;
    private final JdbcClient jdbc;

    PublicDatabase(ShelterProperties properties, Environment env) {
        var settings = properties.publicDatasource();
        var config = new HikariConfig();
        config.setPoolName("public");
        config.setJdbcUrl(settings.url() != null ? settings.url() : env.getRequiredProperty("spring.datasource.url"));
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(2);
        // Fail fast while the database is down (503 to the caller), and start even then: the pool fills once it is up.
        config.setConnectionTimeout(env.getProperty("spring.datasource.hikari.connection-timeout", Long.class, 3000L));
        config.setInitializationFailTimeout(-1);
        // Every public query has a deadline.
        config.setConnectionInitSql(
                "SET statement_timeout = " + settings.statementTimeout().toMillis());
        this.dataSource = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(dataSource);
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
