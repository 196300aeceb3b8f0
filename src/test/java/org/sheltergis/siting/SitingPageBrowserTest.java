package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The siting page in headless Chromium: a run with the default parameters fills the explanation table (文亮 sites
 * first), draws the chosen sites, shows the ledger before and after, offers the exports, and switches to English.
 * The screenshot is kept in target/screenshots/siting.png.
 */
@IntegrationTest
class SitingPageBrowserTest {

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @BeforeEach
    void start() {
        driver = HeadlessChromium.desktop(1400, 900).start();
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void runsShowsTheExplanationAndSwitchesLanguage() {
        org.sheltergis.support.BrowserLogin.asAdmin(driver, port);
        driver.get("http://localhost:" + port + "/planner/siting.html");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        assertThat(driver.findElement(By.cssSelector(".top h1")).getText()).isEqualTo("人防易地建设费 · 新建工程选址");
        wait.until(d -> !d.findElements(By.cssSelector("#runs option")).isEmpty()); // the page has finished starting
        driver.findElement(By.id("run")).click();
        wait.until(d -> {
            String s = d.findElement(By.id("status")).getText();
            return s.startsWith("完成") || s.startsWith("失败");
        });
        assertThat(driver.findElement(By.id("status")).getText()).startsWith("完成");

        List<WebElement> rows = driver.findElements(By.cssSelector("#plan tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.stream()
                        .map(r -> r.findElements(By.tagName("td")).get(2).getText())
                        .toList())
                .contains("文亮小学操场", "文亮小学旁游园");
        assertThat(driver.findElement(By.id("ledger")).getText()).contains("方案前结余", "方案后结余");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("次优落选用地");
        assertThat(driver.findElement(By.id("x-xlsx")).getAttribute("href")).contains("/export?format=xlsx");
        // Chosen sites and their coverage are on the map (Leaflet draws them on its canvas; the legend says which).
        assertThat(driver.findElements(By.cssSelector("#map canvas"))).isNotEmpty();

        driver.findElement(By.id("lang")).click();
        assertThat(driver.findElement(By.cssSelector(".top h1")).getText())
                .isEqualTo("Relocation fee · Siting new shelters");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("Best site left out");

        HeadlessChromium.screenshot(driver, "siting");
    }
}
