package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.BrowserLogin;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff status page at 360 px (Chinese, then English): an editor marks a shelter full and counts people in; the
 * public map, already open, shows the change within its polling interval on the shelter's card. Screenshots in
 * target/screenshots/.
 */
@IntegrationTest
class ShelterStatusBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver driver;
    long id;

    /** The fixtures were this class's: the classes after it find the register without them. */
    @AfterAll
    static void removeFixtures(@Autowired DataSource dataSource) {
        PublicMapFixtures.remove(dataSource);
    }

    @BeforeEach
    void setUp() {
        PublicMapFixtures.load(dataSource);
        id = jdbc.sql("SELECT id FROM core.works WHERE code = 'PM-TEST-020'")
                .query(Long.class)
                .single();
        driver = HeadlessChromium.phone().start();
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM core.shelter_status WHERE work_id = :id")
                .param("id", id)
                .update();
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waiting() {
        // Each change re-renders the cards: an element found a moment ago may be gone.
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void shot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    private WebElement card() {
        return waiting().until(d -> d.findElement(By.cssSelector(".status-card[data-id='" + id + "']")));
    }

    @Test
    void anEditorMarksAShelterFullAndThePublicMapShowsIt() {
        // The public map is open on the shelter's card before anything changes.
        var publicMap = HeadlessChromium.phone().start();
        try {
            publicMap.get("http://localhost:" + port + "/?shelter=" + id);
            new WebDriverWait(publicMap, Duration.ofSeconds(20))
                    .until(d ->
                            d.findElements(By.cssSelector("#card .live-row")).size() == 1);
            assertThat(publicMap.findElement(By.cssSelector("#card .live-row")).getText())
                    .contains("开放");

            BrowserLogin.asAdmin(driver, port);
            driver.get("http://localhost:" + port + "/editor/status.html");
            driver.findElement(By.id("q")).sendKeys("测试掩蔽所20号");
            WebElement card = card();
            assertThat(card.getText()).contains("测试掩蔽所20号").contains("人数").contains("容量");
            card.findElement(By.xpath(".//button[text()='+10']")).click();
            waiting()
                    .until(d -> card().findElement(By.cssSelector("input[type=number]"))
                            .getAttribute("value")
                            .equals("10"));
            card().findElement(By.xpath(".//div[@class='choices']/button[text()='已满']"))
                    .click();
            waiting()
                    .until(d -> card().findElement(By.cssSelector(".badge"))
                            .getText()
                            .equals("已满"));
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(360);
            shot("20-status-page-zh-360");

            // Over capacity: the server refuses and the page says which number was wrong.
            card().findElement(By.cssSelector("input[type=number]")).clear();
            card().findElement(By.cssSelector("input[type=number]")).sendKeys("999999");
            card().findElement(By.xpath(".//button[text()='登记']")).click();
            waiting().until(d -> card().findElements(By.cssSelector(".error")).size() == 1);
            assertThat(card().findElement(By.cssSelector(".error")).getText()).contains("capacity");

            driver.findElement(By.cssSelector("[data-staff-lang]")).click();
            waiting()
                    .until(d -> card().findElement(By.cssSelector(".badge"))
                            .getText()
                            .equals("Full"));
            assertThat(card().getText()).contains("People").contains("capacity");
            shot("21-status-page-en-360");

            // The open public map learns it by polling.
            new WebDriverWait(publicMap, Duration.ofSeconds(15))
                    .until(d -> d.findElement(By.cssSelector("#card .live-row"))
                            .getText()
                            .contains("已满"));
            assertThat(publicMap.findElement(By.cssSelector("#card .live-row")).getText())
                    .contains("10");
            HeadlessChromium.screenshot(publicMap, "22-public-card-full-zh-360");
        } finally {
            publicMap.quit();
        }
    }
}
