package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.HeadlessChromium;
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
        driver = HeadlessChromium.desktop(1000, 700).start();
    }

    @AfterEach
    void stop() {
        driver.quit();
        WmsTestData.remove(register);
    }

    @Test
    void everyPublicLayerShowsThroughTileLayerWms() {
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
        driver.get(
                "http://localhost:" + port + "/wms/viewer?layer=shelters:shelters_signage&lat=31.03&lon=120.92&z=16");
        // Leaflet fades a loaded tile in over 200 ms: the picture is taken once every tile is there at full opacity.
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        const tiles = [...document.querySelectorAll('img.leaflet-tile')];
                        return tiles.length >= 4 && tiles.every(t => t.classList.contains('leaflet-tile-loaded')
                            && getComputedStyle(t).opacity === '1');""")));
        HeadlessChromium.screenshot(driver, "wms-leaflet");
    }
}
