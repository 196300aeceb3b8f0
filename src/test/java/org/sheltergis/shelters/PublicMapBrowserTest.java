package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public map in headless Chromium at phone size (360 × 740): markers appear, a tap lists the 5 nearest shelters
 * sorted by distance, the language switches, the layout fits, and the map still answers offline. Screenshots are kept
 * in target/screenshots/.
 */
@IntegrationTest
class PublicMapBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    ChromeDriver driver;

    /** The fixtures were this class's: the classes after it find the register without them. */
    @AfterAll
    static void removeFixtures(@Autowired DataSource dataSource) {
        PublicMapFixtures.remove(dataSource);
    }

    @BeforeEach
    void setUp() {
        PublicMapFixtures.load(dataSource);
        driver = HeadlessChromium.phone().start();
    }

    @AfterEach
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void shot(String name) {
        HeadlessChromium.screenshot(driver, name);
    }

    private void openMap(String path) {
        driver.get(url(path));
        waiting().until(d -> "true".equals(js("return document.body.dataset.ready")));
        waiting()
                .until(d -> d.findElements(By.cssSelector(".leaflet-marker-icon.pin, .leaflet-marker-icon.cluster"))
                                .size()
                        > 0);
    }

    /** Taps the map where no marker or control is, near the middle of the map. */
    private void tapEmptyMap() {
        WebElement map = driver.findElement(By.id("map"));
        @SuppressWarnings("unchecked")
        List<Number> spot = (List<Number>) js("""
                const r = arguments[0].getBoundingClientRect();
                for (let d = 0; d < 200; d += 7) for (const [dx, dy] of [[d,0],[-d,0],[0,d],[0,-d],[d,d],[-d,-d]]) {
                  const x = r.left + r.width / 2 + dx, y = r.top + r.height / 2 + dy;
                  const el = document.elementFromPoint(x, y);
                  if (el && (el === arguments[0] || el.classList.contains('leaflet-tile') || el.tagName === 'path'
                      || el.classList.contains('leaflet-tile-container') || el.classList.contains('leaflet-pane')))
                    return [x - r.left - r.width / 2, y - r.top - r.height / 2];
                }
                return [0, 0];""", map);
        new Actions(driver)
                .moveToElement(map, spot.get(0).intValue(), spot.get(1).intValue())
                .click()
                .perform();
        waiting().until(d -> d.findElements(By.cssSelector("#result-list li")).size() == 5);
    }

    @SuppressWarnings("unchecked")
    private List<Double> listedDistances() {
        return ((List<Number>) js("return window.shelterMap.answer.shelters.map(s => s.distance_m)"))
                .stream().map(Number::doubleValue).toList();
    }

    @Test
    void findsTheNearestShelterInChineseAndEnglishAtPhoneSize() {
        openMap("/");
        assertThat(driver.getTitle()).isEqualTo("南通人防疏散地图");
        assertThat(js("return document.documentElement.lang")).isEqualTo("zh-CN");
        // No tiles here (no internet): the district boundaries from the database still draw.
        waiting()
                .until(d -> d.findElements(By.cssSelector(".leaflet-overlay-pane path"))
                                .size()
                        > 0);
        shot("01-map-zh-360");

        tapEmptyMap();
        List<Double> distances = listedDistances();
        assertThat(distances).hasSize(5).isSorted();
        String list = driver.findElement(By.id("result-list")).getText();
        assertThat(list).contains("步行约").contains("可容纳");
        assertThat(driver.findElements(
                        By.cssSelector(".leaflet-overlay-pane path.leaflet-interactive, .leaflet-overlay-pane path")))
                .isNotEmpty();
        shot("02-nearest-zh-360");

        // Layout: nothing wider than the phone, map and list both visible.
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(360);
        assertThat(driver.findElement(By.id("map")).getSize().getHeight()).isGreaterThan(240);
        assertThat(driver.findElement(By.id("panel")).isDisplayed()).isTrue();

        driver.findElement(By.id("lang")).click();
        assertThat(driver.getTitle()).isEqualTo("Nantong Shelter Map");
        assertThat(js("return document.documentElement.lang")).isEqualTo("en");
        String english = driver.findElement(By.id("result-list")).getText();
        assertThat(english).contains("min walk").contains("holds");
        assertThat(listedDistances()).isEqualTo(distances);
        shot("03-nearest-en-360");

        driver.findElement(By.cssSelector("#result-list .result-btn")).click();
        WebElement card = waiting().until(d -> d.findElement(By.cssSelector("#card .card")));
        assertThat(card.getText()).contains("Capacity").contains("Entrances").contains("Shelter sign");
        String share = driver.findElement(By.id("share-link")).getAttribute("value");
        assertThat(share).contains("?shelter=");
        shot("04-card-en-360");

        // The share link opens the map on that shelter.
        driver.get(share);
        waiting().until(d -> d.findElements(By.cssSelector("#card .card")).size() == 1);
        assertThat(driver.findElement(By.id("card-title")).getText()).isNotBlank();
    }

    /** The legend's keys and the report categories are the SLD styles' and the code lists', in both languages. */
    @SuppressWarnings("unchecked")
    @Test
    void legendAndLabelsComeFromTheStylesAndTheCodeLists() {
        driver.quit();
        driver = HeadlessChromium.desktop(1280, 800).start();
        openMap("/");
        String legend = driver.findElement(By.cssSelector(".legend-body")).getText();
        // Rule titles of entrances.sld and districts.sld, not texts of the page.
        assertThat(legend).contains("人员出入口", "车辆出入口", "应急出口", "主城区", "标识已更新");
        List<Object> colours = (List<Object>) js("return [...document.querySelectorAll('.legend-body .sld-key.dot')]"
                + ".map(e => getComputedStyle(e).backgroundColor)");
        assertThat(colours).containsExactly("rgb(240, 120, 0)", "rgb(21, 101, 192)", "rgb(46, 125, 50)");
        Object id = js("return window.shelterMap.features[0].id");
        openMap("/?shelter=" + id);
        waiting().until(d -> d.findElements(By.id("card-report")).size() == 1);
        driver.findElement(By.id("card-report")).click();
        List<Object> categories = (List<Object>)
                js("return [...document.querySelectorAll('#report-categories label')].map(l => l.textContent.trim())");
        assertThat(categories).containsExactly("门锁闭无法进入", "进水或积水", "设施损坏", "标识缺失", "其他问题");
        shot("08-report-categories-zh");
        driver.findElement(By.id("report-cancel")).click();
        driver.findElement(By.id("lang")).click();
        assertThat(driver.findElement(By.cssSelector(".legend-body")).getText())
                .contains("Pedestrian entrance", "Emergency exit", "Main urban area");
        categories = (List<Object>)
                js("return [...document.querySelectorAll('#report-categories label')].map(l => l.textContent.trim())");
        assertThat(categories).containsExactly("Locked, cannot get in", "Flooded", "Damaged", "Sign missing", "Other");
        shot("09-legend-en-desktop");
    }

    @Test
    void desktopPutsTheListBesideTheMap() {
        driver.quit();
        driver = HeadlessChromium.desktop(1280, 800).start();
        openMap("/");
        tapEmptyMap();
        var map = driver.findElement(By.id("map")).getRect();
        var panel = driver.findElement(By.id("panel")).getRect();
        assertThat(panel.getX() + panel.getWidth()).isLessThanOrEqualTo(map.getX() + 1);
        // Most of the 657 px viewport, under the header, the demo badge's strip and the search bar.
        assertThat(map.getHeight()).isGreaterThan(450);
        assertThat(driver.findElement(By.cssSelector(".legend-body")).isDisplayed())
                .isTrue();
        shot("07-nearest-zh-desktop");
    }

    @Test
    void keyboardReachesSearchAndAnswersOnEnter() {
        openMap("/?lang=en");
        WebElement q = driver.findElement(By.id("q"));
        assertThat(q.getAttribute("placeholder")).isEqualTo("Search name or address");
        q.sendKeys("测试路105");
        waiting().until(d -> d.findElements(By.cssSelector("#q-results li")).size() > 0);
        q.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#card .card")).size() == 1);
        assertThat(driver.findElement(By.id("card")).getText()).contains("测试路105");
        shot("05-search-en-360");
        // Enter on the focused map asks for the shelters around its centre.
        js("arguments[0].focus()", driver.findElement(By.id("map")));
        driver.findElement(By.id("map")).sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(d -> d.findElements(By.cssSelector("#result-list li")).size() == 5);
        for (WebElement b : driver.findElements(By.cssSelector("button"))) {
            if (b.isDisplayed()) {
                assertThat(b.getAccessibleName())
                        .as("accessible name of a button")
                        .isNotBlank();
            }
        }
    }

    @Test
    void answersOfflineFromTheCachedList() {
        openMap("/");
        waiting().until(d -> Boolean.TRUE.equals(js("return !!navigator.serviceWorker.controller")));
        try (var offline = HeadlessChromium.offline(driver)) {
            driver.navigate().refresh();
            waiting().until(d -> "true".equals(js("return document.body.dataset.ready")));
            assertThat(Integer.parseInt((String) js("return document.body.dataset.shelters")))
                    .isGreaterThan(0);
            tapEmptyMap();
            assertThat(js("return window.shelterMap.answer.offline")).isEqualTo(true);
            assertThat(listedDistances()).isSorted();
            assertThat(driver.findElement(By.id("offline")).isDisplayed()).isTrue();
            shot("06-offline-zh-360");
        }
    }

    @Test
    void shiftsDataOntoGcj02() {
        openMap("/");
        @SuppressWarnings("unchecked")
        Map<String, Number> shift = (Map<String, Number>) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/gcj02.js').then(m => {
                  const [x, y] = m.wgs84ToGcj02(120.894, 32.008);
                  const [bx, by] = m.gcj02ToWgs84(x, y);
                  const east = (x - 120.894) * 111320 * Math.cos(32.008 * Math.PI / 180), north = (y - 32.008) * 110574;
                  const back = Math.hypot((bx - 120.894) * 94400, (by - 32.008) * 110574);
                  const [ox, oy] = m.wgs84ToGcj02(2.35, 48.85);
                  done({ east, north, back, paris: Math.abs(ox - 2.35) + Math.abs(oy - 48.85) });
                });""");
        // GCJ-02 lies some 400-500 m east and 200-300 m south of WGS-84 around Nantong.
        assertThat(shift.get("east").doubleValue()).isBetween(350.0, 550.0);
        assertThat(shift.get("north").doubleValue()).isBetween(-320.0, -150.0);
        assertThat(shift.get("back").doubleValue()).isLessThan(0.01);
        assertThat(shift.get("paris").doubleValue()).isZero();
    }
}
