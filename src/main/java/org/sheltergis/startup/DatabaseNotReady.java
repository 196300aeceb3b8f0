package org.sheltergis.startup;

/** The database lacks something the service needs; the message is the one line a DBA reads (no stack trace). */
public class DatabaseNotReady extends RuntimeException {

    public DatabaseNotReady(String message) {
        super(message, null, false, false);
    }
}
