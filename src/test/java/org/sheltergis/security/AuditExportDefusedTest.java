package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Audit rows whose text looks like a formula come out of the audit export defused. */
@IntegrationTest
class AuditExportDefusedTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    void csv() {
        tx.executeWithoutResult(
                s -> audit.recordJson("=HYPERLINK(\"http://x\",\"y\")", "-2+3", "@SUM(A1)", null, null));
        String csv = StaffClient.admin(port).get("/api/admin/audit.csv").body();
        assertThat(csv).contains(",system,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'-2+3,'@SUM(A1),,\r\n");
    }
}
