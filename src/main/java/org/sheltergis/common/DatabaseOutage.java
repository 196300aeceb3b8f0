package org.sheltergis.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Tells a database that is down or restarting from any other failure, so every outlet answers 503 with Retry-After
 * (the client may simply try again) instead of 500. Connections come back by themselves: the pools open new ones
 * once the server answers again.
 */
public final class DatabaseOutage {

    /** What a 503 tells clients to wait: about as long as a restart of PostgreSQL takes. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** admin_shutdown, crash_shutdown, cannot_connect_now; SQL states of class 08 are connection exceptions. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {}

    /** True when the failure, or anything that caused it, says the database cannot be reached. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (t instanceof SQLException e
                    && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || SHUTDOWN_STATES.contains(e.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The Retry-After header's value, in seconds. */
    public static String retryAfter() {
        return Long.toString(RETRY_AFTER.toSeconds());
    }
}
