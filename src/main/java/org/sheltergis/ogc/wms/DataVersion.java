package org.sheltergis.ogc.wms;

import org.sheltergis.changes.RegisterChanges;
import org.springframework.stereotype.Component;

/**
 * The register's last change as the WMS uses it (ETag, Last-Modified, UPDATESEQUENCE): the one public data version,
 * {@link RegisterChanges}, which every outlet shares.
 */
@Component
class DataVersion {

    record Version(long serial, java.time.Instant changedAt) {}

    private final RegisterChanges changes;

    DataVersion(RegisterChanges changes) {
        this.changes = changes;
    }

    Version current() {
        RegisterChanges.Version v = changes.current();
        return new Version(v.serial(), v.changedAt());
    }

    /** Reads the version afresh now rather than at the next poll: for tests that just changed the register. */
    void forget() {
        changes.sync();
    }
}
