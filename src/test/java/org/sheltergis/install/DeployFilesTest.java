package org.sheltergis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.support.Command;

/** The files under deploy/ are what an office installs: each is checked by the tool that will read it. */
class DeployFilesTest {

    static final Path DEPLOY = Path.of("deploy");
    static final List<String> UNITS =
            List.of("shelter-gis.service", "shelter-gis-backup.service", "shelter-gis-backup.timer");

    @TempDir
    Path tmp;

    /** nginx -t on the site, inside a minimal nginx.conf, with a self-signed certificate in place of the real one. */
    @Test
    void nginxAcceptsTheSite() throws IOException {
        String site = Files.readString(NginxSite.SITE);
        assertThat(site)
                .contains(
                        "X-Forwarded-For",
                        "X-Forwarded-Proto",
                        "X-Forwarded-Host",
                        "gzip on",
                        "proxy_pass http://shelter_gis",
                        "server 127.0.0.1:8080");
        NginxSite shipped = NginxSite.asShipped(tmp);
        Command test = Command.run(shipped.command("-t"));
        assertThat(test.exit()).as(test.output()).isZero();
        assertThat(test.output()).contains("test is successful").doesNotContain("[warn]", "[emerg]");

        // A broken site fails the same check.
        Path siteConf = tmp.resolve("site.conf");
        Files.writeString(
                siteConf,
                Files.readString(siteConf).replace("proxy_pass http://shelter_gis;", "proxy_pass http://shelter_gis"));
        assertThat(Command.run(shipped.command("-t")).exit()).isNotZero();
    }

    /**
     * systemd-analyze verify on the units (it needs no running systemd). Their programs live in /opt/shelter-gis on a
     * server; here that folder is a temporary one holding the real script and a stand-in jar, so verify also checks
     * that every ExecStart program exists and is executable. Any warning fails.
     */
    @Test
    void systemdAcceptsTheUnits() throws IOException {
        Path opt = Files.createDirectories(tmp.resolve("opt"));
        Files.copy(Path.of("shelter"), opt.resolve("shelter"));
        opt.resolve("shelter").toFile().setExecutable(true);
        Files.writeString(opt.resolve("shelter-gis.jar"), "");
        Path units = Files.createDirectories(tmp.resolve("units"));
        for (String unit : UNITS) {
            String text = Files.readString(DEPLOY.resolve(unit));
            assertThat(text).contains("/opt/shelter-gis/");
            Files.writeString(units.resolve(unit), text.replace("/opt/shelter-gis/", opt + "/"));
        }
        String service = Files.readString(units.resolve("shelter-gis.service"));
        assertThat(service)
                .contains(
                        "User=shelter-gis",
                        "EnvironmentFile=/etc/shelter-gis/shelter-gis.env",
                        "ExecStart=/usr/bin/java $JAVA_OPTS -jar",
                        "Restart=on-failure",
                        "NoNewPrivileges=yes",
                        "ProtectSystem=strict");

        List<String> verify = new java.util.ArrayList<>(List.of("systemd-analyze", "verify", "--man=no"));
        UNITS.forEach(u -> verify.add(units.resolve(u).toString()));
        Command ok = Command.run(verify);
        assertThat(ok.output()).isEmpty();
        assertThat(ok.exit()).isZero();

        // Not vacuous: a unit whose program is missing, or with a misspelt setting, is reported.
        Files.writeString(
                units.resolve("shelter-gis.service"),
                service.replace("/usr/bin/java", "/usr/bin/no-such-java")
                        .replace("Restart=on-failure", "Restrat=on-failure"));
        Command bad = Command.run(List.of(
                "systemd-analyze",
                "verify",
                "--man=no",
                units.resolve("shelter-gis.service").toString()));
        assertThat(bad.output()).contains("no-such-java", "Restrat");
    }

    /** Every environment variable application.yml reads is in the example env file. */
    @Test
    void theEnvExampleListsEveryVariableTheServiceReads() throws IOException {
        String yml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(yml);
        var names = new TreeSet<String>();
        while (m.find()) {
            names.add(m.group(1));
        }
        names.addAll(List.of(
                "SPRING_DATASOURCE_URL",
                "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD",
                "SHELTER_PUBLIC_DATASOURCE_USERNAME",
                "SHELTER_PUBLIC_DATASOURCE_PASSWORD",
                "SERVER_ADDRESS"));
        String example = Files.readString(DEPLOY.resolve("shelter-gis.env.example"));
        for (String name : names) {
            assertThat(example).as(name).containsPattern("(?m)^#?" + name + "=");
        }
    }
}
