package org.sheltergis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.ShelterApplication;
import org.sheltergis.support.Command;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.RegisterFixture;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./shelter db backup} and {@code ./shelter db restore}, driven as an operator would: back up, change the
 * register, restore into a new database, and a service started on it serves exactly the backed-up state. A damaged
 * file is refused and leaves nothing behind.
 */
@IntegrationTest
class BackupRestoreTest {

    /** What a backup must carry: the works, the audit trail, the fee ledger (whole tables, compared by digest). */
    private static final List<String> TABLES = List.of("core.works", "core.audit", "core.fee_receipts");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String url;

    RegisterFixture fixture;
    final List<String> createdDatabases = new ArrayList<>();
    final Path dir = Path.of("target/backup-test");

    @AfterEach
    void cleanUp() {
        if (fixture != null) {
            jdbc.sql("DELETE FROM core.fee_receipts WHERE project LIKE '备份测试%'").update();
            fixture.cleanUp();
        }
        // The owner role owns the restored databases and may drop them.
        createdDatabases.forEach(name -> jdbc.sql("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)")
                .update());
    }

    @Test
    void aRestoredBackupServesExactlyTheBackedUpState() throws Exception {
        fixture = new RegisterFixture(jdbc);
        StaffClient admin = StaffClient.admin(port);
        long id = fixture.publicShelter("备份测试工程");
        edit(admin, id, "备份测试工程（备份时）");
        receipt(admin, "备份测试收据一");
        Map<String, String> backedUp = digests(jdbc);
        JsonNode workThen = admin.get("/api/edit/works/" + id).json().path("work");
        JsonNode historyThen = admin.get("/api/edit/works/" + id + "/history").json();

        // Without FILE the backup is named after the database, its schema version and the time.
        Path backups = dir.resolve("default");
        Command backup = shelter(
                Map.of("SHELTER_BACKUP_DIR", backups.toAbsolutePath().toString()), "db", "backup", "--db", database());
        assertThat(backup.exit()).as(backup.output()).isZero();
        Path file = Path.of(backup.lastLine());
        String version = jdbc.sql(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")
                .query(String.class)
                .single();
        assertThat(file.getParent()).isEqualTo(backups.toAbsolutePath());
        assertThat(file.getFileName().toString()).matches(database() + "-V" + version + "-\\d{8}T\\d{6}Z\\.dump");
        assertThat(Files.size(file)).isGreaterThan(10_000);

        // The register moves on after the backup: another edit, its audit row, another ledger row.
        edit(admin, id, "备份测试工程（备份后）");
        receipt(admin, "备份测试收据二");
        assertThat(digests(jdbc)).isNotEqualTo(backedUp);

        String restored = database() + "_restored";
        createdDatabases.add(restored);
        Command restore = shelter("db", "restore", file.toString(), "--db", restored, "--replace");
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("restored", restored);
        // An existing database is never replaced without --replace.
        Command again = shelter("db", "restore", file.toString(), "--db", restored);
        assertThat(again.exit()).isNotZero();
        assertThat(again.output()).contains("refused: database " + restored + " exists");

        try (ConfigurableApplicationContext service = startOn(restored)) {
            int restoredPort = Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
            assertThat(digests(JdbcClient.create(service.getBean(DataSource.class))))
                    .isEqualTo(backedUp);
            StaffClient staff = StaffClient.admin(restoredPort);
            assertThat(staff.get("/api/edit/works/" + id).json().path("work")).isEqualTo(workThen);
            assertThat(staff.get("/api/edit/works/" + id + "/history").json()).isEqualTo(historyThen);
            String receipts = staff.get("/api/ledger/receipts?district=" + RegisterFixture.DISTRICT)
                    .body();
            assertThat(receipts).contains("备份测试收据一").doesNotContain("备份测试收据二");
            String shelters = new Http(restoredPort).get("/api/public/shelters").body();
            assertThat(shelters).contains("备份测试工程（备份时）").doesNotContain("备份测试工程（备份后）");
        }

        // A truncated copy of the same file is refused with one clear line, and changes nothing: not even over the
        // database it was asked to replace.
        Path truncated = dir.resolve("truncated.dump");
        byte[] whole = Files.readAllBytes(file);
        Files.createDirectories(dir);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        String fresh = database() + "_truncated";
        createdDatabases.add(fresh);
        Command bad = shelter("db", "restore", truncated.toString(), "--db", fresh);
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.lastLine()).contains("refused:", "damaged or truncated", "nothing was changed");
        assertThat(databasesLike(database() + "_truncated%")).isEmpty();

        Command badReplace = shelter("db", "restore", truncated.toString(), "--db", restored, "--replace");
        assertThat(badReplace.exit()).isNotZero();
        assertThat(databasesLike(restored + "%")).containsExactly(restored);
        try (ConfigurableApplicationContext service = startOn(restored)) {
            assertThat(digests(JdbcClient.create(service.getBean(DataSource.class))))
                    .isEqualTo(backedUp);
        }

        Path garbage = dir.resolve("garbage.dump");
        Files.writeString(garbage, "this is not a backup\n");
        Command notADump = shelter("db", "restore", garbage.toString(), "--db", fresh);
        assertThat(notADump.exit()).isNotZero();
        assertThat(notADump.lastLine()).contains("refused:", "not a readable pg_dump backup");
        assertThat(databasesLike(database() + "_truncated%")).isEmpty();
    }

    private void edit(StaffClient admin, long id, String name) {
        ObjectNode work = (ObjectNode) admin.get("/api/edit/works/" + id).json().path("work");
        Http.Response r =
                admin.put("/api/edit/works/" + id, work.put("name", name).toString());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private void receipt(StaffClient admin, String project) {
        Http.Response r = admin.postJson("/api/ledger/receipts", """
                {"project": "%s", "district_code": "%s", "exempted_area": 10, "rate": 3000, "date": "2026-04-01"}""".formatted(project, RegisterFixture.DISTRICT));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static Map<String, String> digests(JdbcClient db) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            // Logging in to look at the restored service is audited as well (ADR 0010): a record of access, not
            // part of the backed-up state.
            String where = table.equals("core.audit") ? " WHERE t.object_type <> 'login'" : "";
            out.put(
                    table,
                    db.sql("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                                    + " FROM " + table + " t" + where)
                            .query(String.class)
                            .single());
        }
        return out;
    }

    private ConfigurableApplicationContext startOn(String name) {
        // Arguments, not default properties: they must win over the SPRING_DATASOURCE_URL that ./shelter test exports.
        return new SpringApplicationBuilder(ShelterApplication.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + url.substring(0, url.lastIndexOf('/') + 1) + name,
                        "--server.port=0",
                        "--shelter.mode=production",
                        "--spring.jmx.enabled=false");
    }

    private String database() {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int q = name.indexOf('?');
        return q < 0 ? name : name.substring(0, q);
    }

    private List<String> databasesLike(String pattern) {
        return jdbc.sql("SELECT datname FROM pg_database WHERE datname LIKE :p ORDER BY 1")
                .param("p", pattern)
                .query(String.class)
                .list();
    }

    /**
     * {@code ./shelter ARGS} as an operator runs it: against the project-local cluster (the port ./shelter test
     * was given), with the passwords the script reads from its own file, not the service's settings.
     */
    private static Command shelter(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("./shelter"));
        command.addAll(List.of(args));
        return Command.run(command, e -> {
            e.keySet().removeIf(k -> k.startsWith("SPRING_DATASOURCE_") || k.startsWith("SHELTER_PUBLIC_DATASOURCE_"));
            e.putAll(env);
        });
    }

    private static Command shelter(String... args) {
        return shelter(Map.of(), args);
    }
}
