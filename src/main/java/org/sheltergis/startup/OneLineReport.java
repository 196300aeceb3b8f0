package org.sheltergis.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a start stopped by {@link DatabaseNotReady} as its one line, before Spring Boot's failure analysis would
 * print the whole chain (registered in META-INF/spring.factories).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OneLineReport implements SpringBootExceptionReporter {

    private static final Logger log = LoggerFactory.getLogger("org.sheltergis.startup");

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseNotReady notReady) {
                log.error(notReady.getMessage());
                return true;
            }
        }
        return false;
    }
}
