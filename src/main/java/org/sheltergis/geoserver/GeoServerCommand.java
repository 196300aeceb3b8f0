package org.sheltergis.geoserver;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sheltergis.common.CommandLine;
import org.sheltergis.layers.Access;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code geoserver publish|export|help}: publishes the layer catalog to GeoServer through its REST API (see
 * geoserver/README.md). Passwords come from options or environment variables, never from files in the repository.
 */
@Component
class GeoServerCommand implements CommandLine {

    static final String ENV_PASSWORD = "SHELTER_GEOSERVER_PASSWORD";
    static final String ENV_PUB_DB = "SHELTER_GEOSERVER_PUB_DB_PASSWORD";
    static final String ENV_STAFF_DB = "SHELTER_GEOSERVER_STAFF_DB_PASSWORD";
    static final String USAGE = """
            usage: geoserver publish --url URL --user USER [--password P] [--dry-run] [--public-only]
                                     [--db-host H] [--db-port N] [--db-name D] [--styles DIR] [--timeout SECONDS]
                                     [--pub-db-password P] [--staff-db-password P]
                   geoserver verify --url URL --user USER [--password P] [--public-only] [--styles DIR]
                                      what differs on GeoServer from the catalog; exit 1 on drift
                   geoserver export [--out FILE]      the publication as JSON (geoserver/publication/)
                   geoserver sql [--db-name D]        SQL for the datastores' roles and primary keys
              passwords may come from the environment instead: %s (GeoServer),
              %s and %s (the datastores' database roles)""".formatted(ENV_PASSWORD, ENV_PUB_DB, ENV_STAFF_DB);

    private final LayerCatalog catalog;
    private final GeoServerProperties settings;
    private final Environment environment;
    private final Function<String, String> env;
    private final Bodies bodies;
    PrintStream out = System.out;
    PrintStream err = System.err;

    @Autowired
    GeoServerCommand(LayerCatalog catalog, GeoServerProperties settings, Environment environment, JsonMapper json) {
        this(catalog, settings, environment, json, System::getenv);
    }

    GeoServerCommand(
            LayerCatalog catalog,
            GeoServerProperties settings,
            Environment environment,
            JsonMapper json,
            Function<String, String> env) {
        this.catalog = catalog;
        this.settings = settings;
        this.environment = environment;
        this.bodies = new Bodies(json);
        this.env = env;
    }

    @Override
    public String name() {
        return "geoserver";
    }

    @Override
    public int run(List<String> args) {
        List<String> words = CommandLine.positional(args);
        Map<String, String> o = CommandLine.options(args);
        String sub = words.isEmpty() ? "help" : words.get(0);
        try {
            return switch (sub) {
                case "publish" -> publish(o);
                case "verify" -> verify(o);
                case "export" ->
                    PublicationExport.write(
                            bodies,
                            catalog,
                            settings,
                            Path.of(o.getOrDefault("out", "geoserver/publication/publication.json")),
                            out);
                case "sql" -> {
                    out.print(DatabaseSql.render(
                            catalog,
                            settings,
                            o.getOrDefault("db-name", targets(o, true).get(0).database())));
                    yield 0;
                }
                default -> {
                    out.println(USAGE);
                    yield sub.equals("help") ? 0 : 2;
                }
            };
        } catch (IllegalArgumentException e) {
            err.println("geoserver " + sub + ": " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private int publish(Map<String, String> o) {
        boolean dryRun = o.containsKey("dry-run");
        boolean publicOnly = o.containsKey("public-only");
        String url = o.get("url");
        if (url == null && !dryRun) {
            throw new IllegalArgumentException("--url is required (e.g. http://gis.example:8080/geoserver)");
        }
        String user = o.get("user");
        String password = secret(o, "password", ENV_PASSWORD);
        if (url != null && (user == null || password == null)) {
            throw new IllegalArgumentException("--user and --password (or " + ENV_PASSWORD + ") are required");
        }
        String pubDb = secret(o, "pub-db-password", ENV_PUB_DB);
        String staffDb = secret(o, "staff-db-password", ENV_STAFF_DB);
        if (!dryRun && (pubDb == null || (!publicOnly && staffDb == null))) {
            throw new IllegalArgumentException("the datastores need their database passwords: --pub-db-password or "
                    + ENV_PUB_DB + (publicOnly ? "" : ", and --staff-db-password or " + ENV_STAFF_DB)
                    + " (an empty value is allowed where the database trusts the role)");
        }
        // Styles named with --styles come from that folder alone; by default the project's folder, then the jar's copy.
        StyleSource styles = o.containsKey("styles")
                ? StyleSource.directory(Path.of(o.get("styles")))
                : StyleSource.directoryThenClasspath(Path.of(settings.stylesDirectory()));
        List<Target> targets = targets(o, publicOnly);
        List<String> needed = new ArrayList<>();
        targets.forEach(t -> needed.addAll(PublicationPlan.styleNames(layers(t.access()))));
        List<String> missing = styles.missing(needed);
        if (!missing.isEmpty()) {
            err.println("geoserver publish: no SLD file for the styles " + missing + " (looked in "
                    + o.getOrDefault("styles", settings.stylesDirectory())
                    + " and the jar's styles/). Nothing was sent.");
            return 2;
        }
        List<Step> plan = PublicationPlan.build(
                bodies,
                catalog,
                settings,
                targets,
                new PublicationPlan.Passwords(orEmpty(pubDb), orEmpty(staffDb)),
                styles);
        Duration timeout =
                o.containsKey("timeout") ? Duration.ofSeconds(Long.parseLong(o.get("timeout"))) : settings.timeout();
        GeoServerRest rest = url == null ? null : new GeoServerRest(url, user, password, timeout);
        out.println((dryRun ? "Dry run against " : "Publishing to ") + (url == null ? "an empty GeoServer" : url) + ": "
                + plan.size() + " resources" + (publicOnly ? " (public side only)" : ""));
        PublishReport report = new Publisher(rest, user, dryRun, out, bodies).publish(plan);
        report.print(out, err);
        return report.succeeded() ? 0 : 1;
    }

    private int verify(Map<String, String> o) {
        String url = o.get("url");
        String user = o.get("user");
        String password = secret(o, "password", ENV_PASSWORD);
        if (url == null || user == null || password == null) {
            throw new IllegalArgumentException("--url, --user and --password (or " + ENV_PASSWORD + ") are required");
        }
        StyleSource styles = o.containsKey("styles")
                ? StyleSource.directory(Path.of(o.get("styles")))
                : StyleSource.directoryThenClasspath(Path.of(settings.stylesDirectory()));
        List<Target> targets = targets(o, o.containsKey("public-only"));
        var masked = new PublicationPlan.Passwords(PublicationPlan.MASK, PublicationPlan.MASK);
        List<Step> plan = PublicationPlan.build(bodies, catalog, settings, targets, masked, styles);
        Duration timeout =
                o.containsKey("timeout") ? Duration.ofSeconds(Long.parseLong(o.get("timeout"))) : settings.timeout();
        List<String> drift;
        try {
            drift = new DriftReport(new GeoServerRest(url, user, password, timeout), bodies)
                    .check(plan, catalog, settings, targets);
        } catch (GeoServerRest.Failure e) {
            err.println("geoserver verify: " + e.getMessage());
            return 1;
        }
        drift.forEach(out::println);
        out.println(
                drift.isEmpty()
                        ? "No drift: GeoServer holds the catalog's " + plan.size() + " resources."
                        : drift.size()
                                + " difference(s) from the catalog. Run ./shelter geoserver publish to repair them.");
        return drift.isEmpty() ? 0 : 1;
    }

    /** The two sides; host, port and database default to the service's own datasource. */
    List<Target> targets(Map<String, String> o, boolean publicOnly) {
        var db = settings.database();
        URI jdbc = URI.create(environment
                .getProperty("spring.datasource.url", "jdbc:postgresql://localhost:5432/shelter")
                .substring("jdbc:".length()));
        String host = o.getOrDefault("db-host", db.host() != null ? db.host() : jdbc.getHost());
        int port = Integer.parseInt(o.getOrDefault(
                "db-port", String.valueOf(db.port() != null ? db.port() : jdbc.getPort() > 0 ? jdbc.getPort() : 5432)));
        String name = o.getOrDefault(
                "db-name", db.name() != null ? db.name() : jdbc.getPath().substring(1));
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(
                Access.PUBLIC,
                settings.publicWorkspace(),
                "shelter_pub",
                host,
                port,
                name,
                Access.PUBLIC.schema(),
                db.publicUser()));
        if (!publicOnly) {
            targets.add(new Target(
                    Access.RESTRICTED,
                    settings.restrictedWorkspace(),
                    "shelter_staff",
                    host,
                    port,
                    name,
                    Access.RESTRICTED.schema(),
                    db.restrictedUser()));
        }
        return targets;
    }

    private List<LayerDefinition> layers(Access access) {
        return catalog.listLayers().stream().filter(l -> l.access() == access).toList();
    }

    private String secret(Map<String, String> o, String option, String variable) {
        return o.containsKey(option) ? o.get(option) : env.apply(variable);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
