package org.sheltergis.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL cluster of its own, for tests that need what the shared test database must not suffer: a
 * real outage (stop it, start it again) or a database without the extensions. Made with initdb in a temporary folder
 * on a free port on 127.0.0.1, with generated scram passwords; as root it runs as the {@code postgres} user, since
 * PostgreSQL refuses to run as root. It holds the roles the service uses ({@link #OWNER}, {@link #PUBLIC_ROLE}).
 * {@link #close()} stops it and deletes the folder.
 */
public final class TemporaryCluster implements AutoCloseable {

    public static final String OWNER = "shelter";
    public static final String PUBLIC_ROLE = "shelter_pub";
    private static final String SUPERUSER = "postgres";

    private final Path dir;
    private final Path data;
    private final Path bin;
    private final int port;
    private final String superPassword = secret();
    private final String ownerPassword = secret();
    private final String publicPassword = secret();

    private TemporaryCluster(Path dir, Path bin, int port) {
        this.dir = dir;
        this.data = dir.resolve("data");
        this.bin = bin;
        this.port = port;
    }

    /** Creates and starts a cluster with the owner and public roles (no databases of the service yet). */
    public static TemporaryCluster start() {
        try {
            Path dir = Files.createTempDirectory("shelter-cluster-");
            TemporaryCluster c = new TemporaryCluster(dir, newestBin(), freePort());
            c.init();
            c.startServer();
            c.superuser(
                    "postgres",
                    "CREATE ROLE " + OWNER + " LOGIN PASSWORD '" + c.ownerPassword + "'",
                    "CREATE ROLE " + PUBLIC_ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                            + c.publicPassword + "'");
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database owned by {@link #OWNER} that the public role may connect to; with or without PostGIS and pgRouting. */
    public String createDatabase(String name, boolean extensions) {
        superuser(
                "postgres",
                "CREATE DATABASE " + name + " OWNER " + OWNER,
                "REVOKE CREATE ON DATABASE " + name + " FROM PUBLIC",
                "GRANT CONNECT ON DATABASE " + name + " TO " + PUBLIC_ROLE);
        List<String> setup = new ArrayList<>(List.of(
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "GRANT USAGE ON SCHEMA public TO PUBLIC",
                "GRANT CREATE ON SCHEMA public TO " + OWNER));
        if (extensions) {
            setup.addAll(0, List.of("CREATE EXTENSION postgis", "CREATE EXTENSION pgrouting"));
        }
        superuser(name, setup.toArray(String[]::new));
        return url(name);
    }

    /** Runs statements as the superuser in a database of this cluster. */
    public void superuser(String database, String... statements) {
        try (Connection c = DriverManager.getConnection(url(database), SUPERUSER, superPassword);
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on the temporary cluster: " + e.getMessage(), e);
        }
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The service's settings for a database of this cluster (as command-line style properties). */
    public Map<String, String> serviceProperties(String database) {
        return Map.of(
                "spring.datasource.url",
                url(database),
                "spring.datasource.username",
                OWNER,
                "spring.datasource.password",
                ownerPassword,
                "shelter.public-datasource.username",
                PUBLIC_ROLE,
                "shelter.public-datasource.password",
                publicPassword);
    }

    /** Stops the server (fast shutdown: open connections are cut, as in a real outage). */
    public void stop() {
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    /** Starts the server again after {@link #stop()}. */
    public void startServer() {
        pg(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                dir.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=80"
                        + " -c shared_buffers=16MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "start");
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void init() throws IOException {
        Path pwfile = dir.resolve("pwfile");
        Files.writeString(pwfile, superPassword + "\n");
        if (asRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        }
        pg(
                "initdb",
                "-D",
                data.toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + pwfile,
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8");
        Files.delete(pwfile);
    }

    private void pg(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private void run(List<String> command) {
        Command c = Command.run(command);
        if (c.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + c.output() + serverLog());
        }
    }

    private String serverLog() {
        try {
            Path log = dir.resolve("server.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest installed PostgreSQL's server binaries (./shelter installs them). */
    private static Path newestBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(
                            p -> Integer.parseInt(p.getFileName().toString())))
                    .map(p -> p.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server under /usr/lib/postgresql"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String secret() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
