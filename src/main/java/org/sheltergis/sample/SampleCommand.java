package org.sheltergis.sample;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.sheltergis.common.CommandLine;
import org.sheltergis.common.ServiceMode;
import org.sheltergis.common.ShelterProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./shelter sample --scale N [--db NAME] [--seed S] [--replace] [--into-production]}: loads the synthetic sample
 * at a scale, for benchmarks. Refuses a register that already holds data unless told to replace it, and a database
 * that is not the project-local one (a production database, ADR 0008) unless told {@code --into-production}.
 */
@Component
class SampleCommand implements CommandLine {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ShelterProperties properties;
    private final ServiceMode mode;
    private final JsonMapper json;

    SampleCommand(
            DataSource dataSource, JdbcClient jdbc, ShelterProperties properties, ServiceMode mode, JsonMapper json) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.mode = mode;
        this.json = json;
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public int run(List<String> args) {
        Map<String, String> options = CommandLine.options(args);
        int scale;
        long seed;
        try {
            scale = Integer.parseInt(options.getOrDefault("scale", "1"));
            seed = Long.parseLong(options.getOrDefault("seed", Long.toString(SampleGenerator.DEFAULT_SEED)));
        } catch (NumberFormatException e) {
            System.err.println(
                    "usage: ./shelter sample --scale N [--db NAME] [--seed S] [--replace] [--into-production]");
            return 2;
        }
        if (scale < 1 || scale > 1000) {
            System.err.println("--scale must be between 1 and 1000");
            return 2;
        }
        if (!mode.sampleAllowed() && !options.containsKey("into-production")) {
            System.err.println(
                    "refused: " + mode.databaseUrl() + " is a production database (not the project-local one, "
                            + "or SHELTER_MODE=production); the synthetic sample there would be published as real shelters. "
                            + "Add --into-production if that is really meant.");
            return 1;
        }
        boolean hasData = jdbc.sql("SELECT EXISTS (SELECT 1 FROM core.works) OR EXISTS (SELECT 1 FROM core.districts)")
                .query(Boolean.class)
                .single();
        if (hasData) {
            if (!options.containsKey("replace")) {
                System.err.println("the register already holds data; add --replace to empty it and load the sample");
                return 1;
            }
            jdbc.sql(org.sheltergis.common.SqlFiles.load("sample/empty_register.sql"))
                    .update();
        }
        long start = System.nanoTime();
        var summary = new SampleGenerator(dataSource, json)
                .generate(seed, scale, properties.campaign().yearOrCurrent());
        System.out.printf("loaded the sample x%d in %.1f s: %s%n", scale, (System.nanoTime() - start) / 1e9, summary);
        return 0;
    }
}
