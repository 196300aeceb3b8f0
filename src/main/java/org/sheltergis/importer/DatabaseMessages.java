package org.sheltergis.importer;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;

/** Turns a database refusal into a sentence for the person importing. */
final class DatabaseMessages {

    private DatabaseMessages() {}

    static String of(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            var m = p.getServerErrorMessage();
            StringBuilder s = new StringBuilder(m.getMessage());
            if (m.getDetail() != null) {
                s.append(" (").append(m.getDetail()).append(')');
            }
            return s.toString();
        }
        return e.getMessage();
    }
}
