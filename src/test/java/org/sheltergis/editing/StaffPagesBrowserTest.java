package org.sheltergis.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.RegisterFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staff pages in a real browser (headless Chromium): an editor logs in through the form, upgrades the signage of a
 * few works picked from the list, and the dashboard counts them; the admin page lists users and the audit. Screenshots
 * go to target/screenshots. No page may log a script error or a Content-Security-Policy violation.
 */
@IntegrationTest
class StaffPagesBrowserTest {

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
    RegisterFixture fixture;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.desktop(1440, 960).withConsoleLog().start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.cleanUp();
        }
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void editorUpgradesSignageAndTheDashboardCountsIt() throws Exception {
        String editor = "browser-editor-" + System.nanoTime() % 100000;
        tx.executeWithoutResult(s -> users.create(editor, "浏览器编辑", Role.ADMIN, "browser-password-1"));
        fixture = new RegisterFixture(jdbc);
        int before = jdbc.sql("""
                SELECT count(*) FROM pub.shelters WHERE signage_status = 'upgraded' AND signage_year = 2026""").query(Integer.class).single();

        browser.get("http://localhost:" + port + "/editor/");
        wait.until(d -> d.getCurrentUrl().contains("/login.html"));
        shot("login");
        browser.findElement(By.id("username")).sendKeys(editor);
        browser.findElement(By.id("password")).sendKeys("browser-password-1");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d ->
                d.getCurrentUrl().contains("/editor/") && !d.getCurrentUrl().contains("login"));

        // Three works of the test's own, found by name in the list and ticked.
        String prefix = "浏览器标识" + System.nanoTime() % 100000;
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(fixture.publicShelter(prefix + "-" + i));
        }
        browser.findElement(By.id("q")).sendKeys(prefix);
        wait.until(d -> d.findElements(By.cssSelector("#list label .tag.none")).size() == 3);
        for (long id : ids) {
            wait.until(d -> {
                d.findElement(By.cssSelector("#list label[data-id='" + id + "'] input"))
                        .click();
                return true;
            });
        }
        wait.until(d -> !d.findElement(By.id("bulk")).getAttribute("class").contains("hidden")
                && d.findElement(By.id("bulk-count")).getText().contains("3"));
        new Select(browser.findElement(By.id("bulk-status"))).selectByValue("upgraded");
        browser.findElement(By.id("bulk-save")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().contains("3"));
        shot("editor");
        for (long id : ids) {
            assertThat(jdbc.sql("SELECT status FROM core.signage WHERE work_id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo("upgraded");
        }

        // One work alone: the attribute form and its history.
        browser.findElement(By.id("clear")).click();
        wait.until(
                d -> d.findElements(By.cssSelector("#list label .tag.upgraded")).size() == 3);
        browser.findElement(By.cssSelector("#list label[data-id='" + ids.get(0) + "'] input"))
                .click();
        wait.until(d -> d.findElement(By.id("single-title")).getText().length() > 2);
        browser.findElement(By.cssSelector(".tabs button[data-tab=history]")).click();
        wait.until(d ->
                !d.findElements(By.cssSelector("#tab-history .history-item")).isEmpty());
        shot("editor-single");

        browser.get("http://localhost:" + port + "/dashboard/");
        wait.until(d -> !d.findElement(By.id("s-done")).getText().equals("–"));
        assertThat(Integer.parseInt(browser.findElement(By.id("s-done")).getText()))
                .isEqualTo(before + 3);
        waitForTheChartsToSettle();
        shot("dashboard");
        // Signage colours and labels are the SLD style's and the code list's, in both languages.
        assertThat(browser.findElement(By.id("signage-key")).getText()).contains("未标识", "标识陈旧");
        assertThat(browser.findElement(By.cssSelector("#signage-key .swatch")).getCssValue("background-color"))
                .isEqualTo("rgba(181, 181, 181, 1)");
        browser.findElement(By.cssSelector("[data-staff-lang]")).click();
        wait.until(d -> d.findElement(By.id("signage-key")).getText().contains("No signs"));
        waitForTheChartsToSettle();
        shot("dashboard-en");
        browser.findElement(By.cssSelector("[data-staff-lang]")).click();
        wait.until(d -> d.findElement(By.id("signage-key")).getText().contains("未标识"));

        browser.get("http://localhost:" + port + "/admin/");
        wait.until(d -> d.findElements(By.cssSelector("#users tbody tr")).size() >= 2
                && !d.findElements(By.cssSelector("#audit tbody tr")).isEmpty());
        shot("admin");
        browser.findElement(By.cssSelector("[data-staff-lang]")).click();
        wait.until(d ->
                d.findElement(By.cssSelector("[data-i18n=users]")).getText().equals("Users"));
        shot("admin-en");

        assertThat(HeadlessChromium.consoleProblems(browser, "favicon.ico")).isEmpty();
    }

    /** The dashboard's charts animate their bars and the map zooms to the works: a screenshot waits for both to end. */
    private void waitForTheChartsToSettle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const charts = ['signage-chart', 'parking-chart']
                    .map(id => echarts.getInstanceByDom(document.getElementById(id)));
                return charts.every(c => c && c.getZr().animation.isFinished())
                    && !document.querySelector('.leaflet-zoom-anim');""")));
    }

    private void shot(String name) {
        HeadlessChromium.screenshot(browser, name);
    }
}
