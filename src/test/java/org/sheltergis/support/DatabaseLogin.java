package org.sheltergis.support;

/**
 * How tests without a Spring context log in to the test database server: with the settings {@code ./shelter test}
 * exports (the project-local cluster asks for passwords, see ADR 0009). Tests inside a Spring context use its
 * datasource beans instead.
 */
public final class DatabaseLogin {

    private DatabaseLogin() {}

    /** The test database's JDBC URL ({@code spring.datasource.url}). */
    public static String url() {
        return required("SPRING_DATASOURCE_URL");
    }

    /** The owner role the service connects as. */
    public static String user() {
        String user = System.getenv("SPRING_DATASOURCE_USERNAME");
        return user == null || user.isBlank() ? "shelter" : user;
    }

    public static String password() {
        return required("SPRING_DATASOURCE_PASSWORD");
    }

    /** The superuser's password, for tests that create throw-away databases with extensions. */
    public static String superuserPassword() {
        return required("SHELTER_DB_SUPERUSER_PASSWORD");
    }

    /** The URL of database {@code name} on the test database's server. */
    public static String onSameServer(String name) {
        String url = url();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        if (!url.startsWith("jdbc:postgresql://") || slash < 0) {
            throw new IllegalStateException("expected jdbc:postgresql://host:port/name, got " + url);
        }
        return url.substring(0, slash + 1) + name;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests with ./shelter test");
        }
        return value;
    }
}
