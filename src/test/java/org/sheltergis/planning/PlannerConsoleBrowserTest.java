package org.sheltergis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planner console in headless Chromium: run the analysis with the defaults from the page, see the units in the
 * table, place a hypothetical shelter on the map and see the what-if run compared with its base, and find the XLSX
 * export. The hand-worked fixture is committed for the class (so the page has units even before the sample loads)
 * and removed afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerConsoleBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeAll
    void start() {
        CoverageFixture.load(jdbc);
        browser = HeadlessChromium.desktop(1400, 900).start();
        org.sheltergis.support.BrowserLogin.asAdmin(browser, port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        CoverageFixture.remove(jdbc);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void aPlannerRunsTheAnalysisTriesAWhatIfAndExports() {
        try {
            walkThrough();
        } catch (AssertionError | RuntimeException e) {
            // What the page looked like when it failed, for the person reading the report.
            HeadlessChromium.screenshot(browser, "planner-console-failure");
            throw e;
        }
    }

    private void walkThrough() {
        browser.get("http://localhost:" + port + "/planner/");
        waiting().until(d -> d.findElement(By.id("lang")).getText().equals("EN"));
        assertThat(browser.findElement(By.cssSelector(".top h1")).getText()).contains("覆盖分析");
        assertThat(browser.findElement(By.id("nav-siting")).getAttribute("href"))
                .endsWith("/planner/siting.html");
        assertThat(browser.findElement(By.name("radiusM")).getAttribute("value"))
                .isEqualTo("200");

        browser.findElement(By.id("run")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("完成"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#units tbody tr"));
        assertThat(rows.size()).isGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("units")).getText()).contains("测试单元A", "测试单元C");
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        String firstRun = browser.findElement(By.id("runs")).getAttribute("value");

        // Sorting: the deficit column sorts ascending first, so the unit with the largest deficit leads.
        browser.findElement(By.cssSelector("#units th[data-key='uncoveredPopulation']"))
                .click();
        assertThat(browser.findElement(By.cssSelector("#units th[data-key='uncoveredPopulation']"))
                        .getText())
                .endsWith("▲");

        // What-if: place a hypothetical shelter in the middle of the map and compute.
        browser.findElement(By.id("wi-area")).clear();
        browser.findElement(By.id("wi-area")).sendKeys("5000");
        browser.findElement(By.id("wi-place")).click();
        new Actions(browser)
                .moveToElement(browser.findElement(By.id("map")))
                .click()
                .perform();
        waiting().until(d -> d.findElements(By.cssSelector("#wi-list li")).size() == 1);
        browser.findElement(By.id("wi-run")).click();
        waiting()
                .until(d -> !d.findElement(By.id("runs")).getAttribute("value").equals(firstRun)
                        && d.findElement(By.id("status")).getText().startsWith("完成"));
        assertThat(browser.findElement(By.id("compare")).getAttribute("value")).isEqualTo(firstRun);
        assertThat(browser.findElement(By.cssSelector("#units thead")).getText())
                .contains("变化");
        String whatIfRun = browser.findElement(By.id("runs")).getAttribute("value");
        assertThat(jdbc.sql("SELECT base_run_id FROM analysis.runs WHERE id = ?")
                        .param(Long.parseLong(whatIfRun))
                        .query(Long.class)
                        .single())
                .isEqualTo(Long.parseLong(firstRun));

        // Export to XLSX: the link points at the run and answers with a workbook.
        String xlsx = browser.findElement(By.id("x-xlsx")).getAttribute("href");
        assertThat(xlsx).endsWith("/api/analysis/coverage/" + whatIfRun + "/export.xlsx?lang=zh");
        var r = org.sheltergis.support.StaffClient.admin(port).get(xlsx.substring(xlsx.indexOf("/api/")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // One click to English.
        browser.findElement(By.id("lang")).click();
        assertThat(browser.findElement(By.id("run")).getText()).isEqualTo("Run analysis");
        assertThat(browser.findElement(By.cssSelector("#units thead")).getText())
                .contains("Covered");
    }
}
