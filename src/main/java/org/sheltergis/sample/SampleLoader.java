package org.sheltergis.sample;

import javax.sql.DataSource;
import org.sheltergis.common.ServiceMode;
import org.sheltergis.common.ShelterProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode loads the synthetic Nantong sample on first start: when the register has no works and no districts. A
 * register that holds anything is never touched. In production an empty register is served empty, with one line
 * saying how to fill it (ADR 0008).
 */
@Component
@Order(0)
class SampleLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ShelterProperties properties;
    private final ServiceMode mode;
    private final JsonMapper json;

    SampleLoader(
            DataSource dataSource, JdbcClient jdbc, ShelterProperties properties, ServiceMode mode, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.mode = mode;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (org.sheltergis.common.CommandLine.commandWord(args).isPresent()) {
            return;
        }
        boolean empty = jdbc.sql(
                        "SELECT NOT EXISTS (SELECT 1 FROM core.works) AND NOT EXISTS (SELECT 1 FROM core.districts)")
                .query(Boolean.class)
                .single();
        if (!empty) {
            return;
        }
        if (!mode.demo()) {
            log.info("the register is empty and this is a production start, so nothing is published until data is "
                    + "imported: ./shelter import FILE --layer works (and districts, entrances, ...; see README, "
                    + "Importing data)");
            return;
        }
        long start = System.nanoTime();
        var summary = new SampleGenerator(dataSource, json)
                .generate(
                        SampleGenerator.DEFAULT_SEED,
                        properties.sample().scale(),
                        properties.campaign().yearOrCurrent());
        log.info(
                "loaded the synthetic Nantong sample (x{}) in {} ms: {}",
                properties.sample().scale(),
                (System.nanoTime() - start) / 1_000_000,
                summary);
    }
}
