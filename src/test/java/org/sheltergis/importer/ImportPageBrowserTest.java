package org.sheltergis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register import page in a real browser (headless Chromium): a clerk uploads a workbook, sees the dry run on
 * the map (the row outside its district in red) and in the problem list, fixes the file, and imports it; then reads
 * the page in English. Screenshots go to target/screenshots. No script error, no Content-Security-Policy violation.
 */
@IntegrationTest
class ImportPageBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.desktop(1440, 960).withConsoleLog().start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        jdbc.sql("DELETE FROM core.works WHERE code LIKE 'TEST-W%'").update();
        if (browser != null) {
            browser.quit();
        }
    }

    private Path workbook(String name, String districtOfLast, double lon, double lat) throws Exception {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new java.util.ArrayList<>(java.util.Arrays.asList(
                    "TEST-W" + i,
                    "网页导入测试" + i,
                    i == 2 ? districtOfLast : "崇川区",
                    "二等人员掩蔽所",
                    "核6常6",
                    "结建",
                    600,
                    500,
                    400,
                    300,
                    lon + 0.001 * i,
                    lat)));
        }
        Path file = dir.resolve(name);
        Files.write(
                file,
                RegisterWorkbooks.xlsx(
                        List.of(
                                "工程编号", "工程名称", "所在区", "战时功能", "防护等级", "建设方式", "建筑面积", "防护面积", "掩蔽面积", "掩蔽人数", "经度",
                                "纬度"),
                        rows));
        return file;
    }

    @Test
    void aClerkSeesTheDryRunOnTheMapFixesTheFileAndImportsIt() throws Exception {
        String clerk = "browser-clerk-" + System.nanoTime() % 100000;
        tx.executeWithoutResult(s -> users.create(clerk, "台账录入员", Role.EDITOR, "browser-password-1"));
        double[] p = jdbc.sql("""
                        SELECT ST_X(ST_PointOnSurface(footprint)), ST_Y(ST_PointOnSurface(footprint))
                        FROM core.works WHERE district_code = '320613' ORDER BY id LIMIT 1""")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();

        browser.get("http://localhost:" + port + "/editor/import.html");
        wait.until(d -> d.getCurrentUrl().contains("/login.html"));
        browser.findElement(By.id("username")).sendKeys(clerk);
        browser.findElement(By.id("password")).sendKeys("browser-password-1");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/editor/import.html"));

        browser.findElement(By.id("file"))
                .sendKeys(workbook("台账-有误.xlsx", "海安市", p[0], p[1]).toString());
        browser.findElement(By.id("dry-run")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#problems tbody tr")).isEmpty());
        assertThat(browser.findElement(By.id("problems")).getText()).contains("不在所填的海安市内");
        assertThat(browser.findElement(By.id("counts")).getText()).contains("新增 2", "拒绝 1");
        assertThat(browser.findElements(By.cssSelector("path.leaflet-interactive[stroke='#d62828']")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("apply")).isEnabled()).isFalse();
        shot("import-dry-run");

        browser.findElement(By.id("file"))
                .sendKeys(workbook("台账-已改.xlsx", "崇川区", p[0], p[1]).toString());
        browser.findElement(By.id("dry-run")).click();
        wait.until(d -> d.findElement(By.id("apply")).isEnabled());
        assertThat(browser.findElements(By.cssSelector("path.leaflet-interactive[stroke='#d62828']")))
                .isEmpty();
        browser.findElement(By.id("apply")).click();
        wait.until(d -> d.findElement(By.id("msg")).getText().contains("已导入"));
        shot("import-applied");
        assertThat(jdbc.sql("SELECT count(*) FROM core.works WHERE code LIKE 'TEST-W%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit WHERE actor = :a AND action = 'import'")
                        .param("a", clerk)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        browser.findElement(By.cssSelector("[data-staff-lang]")).click();
        wait.until(d -> d.findElement(By.id("msg")).getText().contains("Imported"));
        assertThat(browser.findElement(By.id("counts")).getText()).contains("3 new");
        shot("import-en");
        browser.findElement(By.cssSelector("[data-staff-lang]")).click();

        assertThat(HeadlessChromium.consoleProblems(browser, "favicon.ico", "tile.openstreetmap"))
                .isEmpty();
    }

    private void shot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
