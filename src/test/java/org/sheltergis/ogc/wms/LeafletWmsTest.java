package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Leaflet's L.tileLayer.wms in a real (headless) Chromium draws every public layer's tiles from this service. */
@IntegrationTest
class LeafletWmsTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource register;

    ChromeDriver driver;

    @BeforeEach
    void start() {
        WmsTestData.load(register);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--window-size=1000,700");
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .build(),
                options);
    }

    @AfterEach
    void stop() {
        driver.quit();
        WmsTestData.remove(register);
    }

    @Test
    void everyPublicLayerShowsThroughTileLayerWms() throws Exception {
        String[][] cases = {
            {"shelters:shelters_signage", "1.3.0"},
            {"shelters:shelters_use", "1.1.1"},
            {"shelter_points:shelter_points", "1.3.0"},
            {"entrances:entrances", "1.1.1"},
            {"parking:parking", "1.3.0"},
            {"plan_units:plan_units", "1.1.1"},
            {"pois:pois", "1.3.0"}
        };
        for (String[] c : cases) {
            String layer = c[0];
            String version = c[1];
            {
                driver.get("http://localhost:" + port + "/wms/viewer?layer=" + layer + "&version=" + version
                        + "&lat=31.03&lon=120.92&z=16");
                JavascriptExecutor js = driver;
                new WebDriverWait(driver, Duration.ofSeconds(90))
                        .until(d -> ((Number) js.executeScript(
                                                "return document.querySelectorAll('img.leaflet-tile-loaded').length"))
                                        .intValue()
                                >= 4);
                assertThat(((Number) js.executeScript("return window.tileErrors")).intValue())
                        .as(layer)
                        .isZero();
            }
        }
        Files.createDirectories(Path.of("target/wms-golden"));
        driver.get(
                "http://localhost:" + port + "/wms/viewer?layer=shelters:shelters_signage&lat=31.03&lon=120.92&z=16");
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d -> ((Number) ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.querySelectorAll('img.leaflet-tile-loaded').length"))
                                .intValue()
                        >= 4);
        Thread.sleep(500);
        Files.write(Path.of("target/wms-golden/leaflet.png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}
