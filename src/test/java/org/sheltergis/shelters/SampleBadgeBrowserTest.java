package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.BrowserLogin;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While the register holds the synthetic sample (the test database does), every page that shows its data says so
 * (ADR 0008): the badge in the page's header, in the page's language, driven by /api/public/config.
 */
@IntegrationTest
class SampleBadgeBrowserTest {

    private static final List<String> STAFF_PAGES = List.of(
            "/editor/",
            "/editor/reports.html",
            "/dashboard/",
            "/admin/",
            "/planner/",
            "/planner/siting.html",
            "/wms/viewer");

    @LocalServerPort
    int port;

    ChromeDriver driver;

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theServerSaysTheRegisterHoldsTheSample() {
        assertThat(new Http(port).get("/api/public/config").json().get("sample").asBoolean())
                .isTrue();
    }

    @Test
    void thePublicMapAtPhoneSizeShowsTheBadgeInBothLanguages() {
        driver = HeadlessChromium.phone().start();
        driver.get("http://localhost:" + port + "/");
        WebElement badge = badge(driver);
        assertThat(badge.getText()).isEqualTo("演示数据 · 合成样例");
        assertThat(badge.isDisplayed()).isTrue();
        var rect = badge.getRect();
        assertThat(rect.getX()).isGreaterThanOrEqualTo(0);
        assertThat(rect.getX() + rect.getWidth()).isLessThanOrEqualTo(360);
        HeadlessChromium.screenshot(driver, "sample-badge-360");

        driver.findElement(By.id("lang")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> badge(d).getText().equals("Demo data · synthetic sample"));
    }

    @Test
    void everyStaffPageAndTheWmsViewerShowTheBadge() {
        driver = HeadlessChromium.desktop(1280, 800).start();
        BrowserLogin.asAdmin(driver, port);
        for (String page : STAFF_PAGES) {
            driver.get("http://localhost:" + port + page);
            WebElement badge = badge(driver);
            assertThat(badge.isDisplayed()).as(page).isTrue();
            assertThat(badge.getText()).as(page).isIn("演示数据 · 合成样例", "Demo data · synthetic sample");
        }
    }

    private static WebElement badge(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector("[data-sample-badge]")).stream()
                        .findFirst()
                        .orElse(null));
    }
}
