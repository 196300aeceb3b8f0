package org.sheltergis.changes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * After every commit of a read-write transaction in this service (Spring Boot registers this listener on its
 * transaction manager), the register's changes are read before the request that committed answers: an edit through the
 * API shows in the very next map, tile or list anyone asks for.
 */
@Component
class SyncAfterCommit implements TransactionExecutionListener {

    private final ObjectProvider<RegisterChanges> changes;

    SyncAfterCommit(ObjectProvider<RegisterChanges> changes) {
        this.changes = changes;
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (commitFailure == null && !transaction.isReadOnly()) {
            changes.getObject().syncQuietly();
        }
    }
}
