package org.sheltergis.sample;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into a table with PostgreSQL COPY (text format), the fastest way in; the values travel as
 * data, never as SQL. Geometries go as hex EWKB with SRID 4326, which PostGIS reads directly.
 */
final class CopyWriter {

    /** Receives the rows of one COPY. */
    interface Rows {
        void write(CopyWriter out) throws SQLException;
    }

    private static final int FLUSH_CHARS = 1 << 20;

    private final CopyManager copyApi;
    private final WKBWriter wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN, true);
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
    private CopyIn current;
    private boolean firstInRow = true;
    private long rows;

    CopyWriter(Connection connection) throws SQLException {
        this.copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Copies rows into {@code table (columns)}; both are constants of this package. Returns the row count. */
    long copy(String table, String columns, Rows source) throws SQLException {
        current = copyApi.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        rows = 0;
        try {
            source.write(this);
            flush();
            current.endCopy();
        } finally {
            if (current.isActive()) {
                current.cancelCopy();
            }
            current = null;
        }
        return rows;
    }

    CopyWriter value(Object v) {
        if (!firstInRow) {
            buffer.append('\t');
        }
        firstInRow = false;
        if (v == null) {
            buffer.append("\\N");
        } else if (v instanceof Geometry g) {
            if (g.getSRID() != 4326) {
                throw new IllegalArgumentException("geometry must be in EPSG:4326");
            }
            buffer.append(WKBWriter.toHex(wkb.write(g)));
        } else if (v instanceof Boolean b) {
            buffer.append(b ? 't' : 'f');
        } else if (v instanceof BigDecimal d) {
            buffer.append(d.toPlainString());
        } else if (v instanceof Double d) {
            // Double.toString switches to 1.0E7 notation for large values; plain digits are unambiguous.
            buffer.append(BigDecimal.valueOf(d).toPlainString());
        } else if (v instanceof Number || v instanceof LocalDate || v instanceof OffsetDateTime) {
            buffer.append(v);
        } else {
            escape(v.toString());
        }
        return this;
    }

    void endRow() throws SQLException {
        buffer.append('\n');
        firstInRow = true;
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            current.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
