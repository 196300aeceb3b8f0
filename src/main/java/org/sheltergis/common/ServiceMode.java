package org.sheltergis.common;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo or production (ADR 0008). Production unless {@code shelter.mode} is {@code demo} and the register's database is
 * the project-local cluster {@code ./shelter} manages (127.0.0.1 on {@code SHELTER_DB_PORT}, default 55432): any
 * other database is somebody's real one, and the synthetic sample must never land there by default.
 */
@Component
public class ServiceMode {

    private static final Logger log = LoggerFactory.getLogger(ServiceMode.class);
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+|\\[[^]]+])(?::(\\d+))?/.*");

    private final String setting;
    private final String databaseUrl;
    private final boolean projectLocal;

    @Autowired
    public ServiceMode(Environment env) {
        this(
                env.getProperty("shelter.mode", ""),
                env.getProperty("spring.datasource.url", ""),
                env.getProperty("SHELTER_DB_PORT", "55432"));
    }

    ServiceMode(String setting, String databaseUrl, String projectPort) {
        this.setting = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        if (!this.setting.isEmpty() && !this.setting.equals("demo") && !this.setting.equals("production")) {
            throw new IllegalArgumentException("shelter.mode must be demo or production, got '" + setting + "'");
        }
        this.databaseUrl = databaseUrl;
        this.projectLocal = projectLocal(databaseUrl, projectPort);
        if (this.setting.equals("demo") && !projectLocal) {
            log.warn(
                    "shelter.mode=demo ignored: {} is not the project-local database, so this is a production start",
                    databaseUrl);
        }
    }

    /** The project-local cluster: a loopback host on the project's port. */
    static boolean projectLocal(String url, String projectPort) {
        Matcher m = URL.matcher(url == null ? "" : url);
        if (!m.matches()) {
            return false;
        }
        String host = m.group(1);
        String port = m.group(2) == null ? "5432" : m.group(2);
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        return loopback && port.equals(projectPort);
    }

    /** Demo: the sample is loaded into an empty register on first start. */
    public boolean demo() {
        return setting.equals("demo") && projectLocal;
    }

    /**
     * Whether the synthetic sample may be loaded without an explicit flag: into the project-local database, unless
     * production was asked for.
     */
    public boolean sampleAllowed() {
        return projectLocal && !setting.equals("production");
    }

    public String name() {
        return demo() ? "demo" : "production";
    }

    public String databaseUrl() {
        return databaseUrl;
    }
}
