package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Money is audited: who may write the ledger, and every write names its actor and has its audit row, all or nothing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerAuditTest {

    private static final String DISTRICT = "990006";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    private Fixture fixture;

    @BeforeAll
    void register() {
        fixture = new Fixture(jdbc, DISTRICT, 103.0, 30.0);
        fixture.build();
    }

    @AfterAll
    void removeRegister() {
        fixture.remove();
    }

    @Test
    void plannersReadTheLedgerButMayNotWriteIt() {
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        assertThat(planner.get("/api/ledger/balance").status()).isEqualTo(200);
        assertThat(planner.get("/api/ledger/receipts").status()).isEqualTo(200);
        long before = rows();
        Http.Response receipt = planner.postJson("/api/ledger/receipts", receipt("规划员的收入"));
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(403);
        assertThat(planner.postJson("/api/ledger/allocations", """
                {"site_code": "990006-S1", "amount": 1, "date": "2026-04-02"}""").status()).isEqualTo(403);
        assertThat(csv(
                                planner,
                                "kind,project,district_code,exempted_area,date\nreceipt,x," + DISTRICT
                                        + ",10,2026-01-05\n")
                        .status())
                .isEqualTo(403);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anEditorsReceiptIsOneLedgerRowAndOneAuditRowWithTheActor() {
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        long auditBefore = auditRows();
        Http.Response r = editor.postJson("/api/ledger/receipts", receipt("编辑录入的收入"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        var receipts = jdbc.sql("SELECT id, recorded_by FROM core.fee_receipts WHERE project = '编辑录入的收入'")
                .query()
                .listOfRows();
        assertThat(receipts).hasSize(1);
        assertThat(receipts.get(0).get("recorded_by")).isEqualTo(editor.username());
        String id = receipts.get(0).get("id").toString();
        var audit = jdbc.sql("SELECT actor, action, object_type, object_id, after->>'project' AS project "
                        + "FROM core.audit WHERE id > :before")
                .param("before", auditBefore)
                .query()
                .listOfRows();
        assertThat(audit)
                .containsExactly(Map.of(
                        "actor",
                        editor.username(),
                        "action",
                        "create",
                        "object_type",
                        "fee_receipt",
                        "object_id",
                        id,
                        "project",
                        "编辑录入的收入"));

        // The editor's import is audited row by row, as "import".
        Http.Response imported = csv(
                editor,
                "kind,project,district_code,exempted_area,date\n" + "receipt,导入一," + DISTRICT
                        + ",10,2026-01-05\nreceipt,导入二," + DISTRICT + ",20,2026-01-06\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM core.fee_receipts WHERE project LIKE '导入%' AND recorded_by = :u")
                        .param("u", editor.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit WHERE action = 'import' AND object_type = 'fee_receipt' "
                                + "AND actor = :u")
                        .param("u", editor.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aFailingImportLeavesNeitherLedgerRowsNorAuditRows() {
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        long before = rows();
        long auditBefore = auditRows();
        Http.Response r = csv(
                editor,
                "kind,project,district_code,exempted_area,amount,date,site_code\n"
                        + "receipt,好的一行," + DISTRICT + ",10,,2026-01-05,\n"
                        + "allocation,,," + ",9e15,2026-02-01," + DISTRICT + "-S1\n"
                        + "receipt,面积过大," + DISTRICT + ",9e11,,2026-01-07,\n");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(rows()).isEqualTo(before);
        assertThat(auditRows()).isEqualTo(auditBefore);
    }

    private static String receipt(String project) {
        return "{\"project\": \"" + project + "\", \"district_code\": \"" + DISTRICT
                + "\", \"exempted_area\": 10, \"rate\": 3000, \"date\": \"2026-04-01\"}";
    }

    private long rows() {
        return jdbc.sql("SELECT (SELECT count(*) FROM core.fee_receipts) + (SELECT count(*) FROM core.fee_allocations)")
                .query(Long.class)
                .single();
    }

    private long auditRows() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM core.audit")
                .query(Long.class)
                .single();
    }

    private static Http.Response csv(StaffClient client, String text) {
        return client.send(client.withCsrf(HttpRequest.newBuilder(URI.create(client.base() + "/api/ledger/import")))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }
}
