package org.sheltergis.sample;

import javax.sql.DataSource;
import org.sheltergis.common.ShelterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the synthetic Nantong sample on first start: when the register has no works and no districts. A register that
 * holds anything is never touched.
 */
@Component
@Order(0)
class SampleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ShelterProperties properties;

    SampleLoader(DataSource dataSource, JdbcClient jdbc, ShelterProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.sample().loadOnEmpty() || org.sheltergis.common.CommandLine.commandWord(args).isPresent()) {
            return;
        }
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM core.works) AND NOT EXISTS (SELECT 1 FROM core.districts)")
                .query(Boolean.class).single();
        if (!empty) {
            return;
        }
        long start = System.nanoTime();
        var summary = new SampleGenerator(dataSource).generate(SampleGenerator.DEFAULT_SEED, properties.sample().scale(),
                properties.campaign().yearOrCurrent());
        log.info("loaded the synthetic Nantong sample (x{}) in {} ms: {}", properties.sample().scale(),
                (System.nanoTime() - start) / 1_000_000, summary);
    }
}
