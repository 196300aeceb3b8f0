package org.sheltergis.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.common.ChineseMapDatums;
import org.sheltergis.common.ChineseMapDatums.LonLat;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.shelters.PublicMapFixtures;
import org.sheltergis.support.BrowserLogin;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The emergency side in headless Chromium at 360 px, in Chinese and in English: an administrator raises a drill
 * 空袭警报 on the alert page (two steps); a public page already open switches to the emergency layout within 5 s, with
 * the nearest open shelter, the walk and hand-off links to Amap, Baidu and Tencent whose coordinates are the entrance
 * converted to each app's datum; the state survives going offline (with the time it was last confirmed); 解除警报
 * brings the normal layout back and says so. Screenshots in target/screenshots/emergency-*.png.
 */
@IntegrationTest
class EmergencyBrowserTest {

    /** The person: in central 崇川区, among the fixture shelters. */
    static final double LON = 120.8935;

    static final double LAT = 32.0085;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CityAlert alert;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    ChromeDriver publicPage;
    ChromeDriver adminPage;
    /** The shelter a test reported full, if any: its live status is removed afterwards. */
    Long fullShelter;

    /** The fixtures were this class's: the classes after it find the register without them. */
    @AfterAll
    static void removeFixtures(@Autowired DataSource dataSource) {
        PublicMapFixtures.remove(dataSource);
    }

    @BeforeEach
    void setUp() {
        PublicMapFixtures.load(dataSource);
        AlertFixtures.reset(jdbc);
        alert.refresh();
    }

    @AfterEach
    void tearDown() {
        for (ChromeDriver d : new ChromeDriver[] {publicPage, adminPage}) {
            if (d != null) {
                d.quit();
            }
        }
        AlertFixtures.reset(jdbc);
        alert.refresh();
        if (fullShelter != null) {
            jdbc.sql("DELETE FROM core.shelter_status WHERE work_id = :id")
                    .param("id", fullShelter)
                    .update();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait waiting(ChromeDriver d, int seconds) {
        return new WebDriverWait(d, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    private static Object js(ChromeDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /** The text of an element of the public page now (the page re-renders its panels as the state arrives). */
    private String text(String id) {
        return (String) js(
                publicPage,
                "const e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : null;",
                id);
    }

    private static void shot(ChromeDriver d, String name) {
        HeadlessChromium.screenshot(d, "emergency-" + name);
    }

    /** The public page on a phone whose position is (LON, LAT). */
    private void openPublicPage(String path) {
        publicPage = HeadlessChromium.phone().start();
        publicPage.executeCdpCommand(
                "Browser.grantPermissions", Map.of("permissions", List.of("geolocation"), "origin", url("")));
        publicPage.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", LAT, "longitude", LON, "accuracy", 10));
        publicPage.get(url(path));
        waiting(publicPage, 30).until(d -> "true".equals(js(publicPage, "return document.body.dataset.ready")));
        waiting(publicPage, 10).until(d -> "none".equals(js(publicPage, "return document.body.dataset.alert")));
    }

    /** The administrator sets the state on the alert page, in two steps; returns when the page says it is done. */
    private void setAlert(String state, String mode) {
        if (adminPage == null) {
            adminPage = HeadlessChromium.phone().start();
            BrowserLogin.asAdmin(adminPage, port);
        }
        adminPage.get(url("/admin/alert.html"));
        waiting(adminPage, 20).until(d -> "true".equals(js(adminPage, "return document.body.dataset.ready")));
        adminPage
                .findElement(By.cssSelector("input[name=state][value=" + state + "]"))
                .click();
        adminPage
                .findElement(By.cssSelector("input[name=mode][value=" + mode + "]"))
                .click();
        adminPage.findElement(By.cssSelector("input[name=scope][value=city]")).click();
        adminPage.findElement(By.id("alert-prepare")).click();
        waiting(adminPage, 10)
                .until(d -> d.findElement(By.id("alert-confirm-box")).isDisplayed());
        // Nothing has changed before the second step.
        for (JsonNode d : new Http(port).get("/api/public/alert").json().get("districts")) {
            assertThat(d.get("state").asString()).isNotEqualTo(state);
        }
        adminPage.findElement(By.id("alert-confirm")).click();
        waiting(adminPage, 10)
                .until(d -> d.findElement(By.cssSelector("#message .msg.ok")).isDisplayed());
    }

    @Test
    void aDrillAirRaidAlertInChinese() {
        runDrill("zh", "/", "空袭警报", "演练", "解除警报");
    }

    @Test
    void aDrillAirRaidAlertInEnglish() {
        runDrill("en", "/?lang=en", "Air-raid alert", "Drill", "All clear");
    }

    private void runDrill(String lang, String path, String airRaid, String drill, String allClear) {
        openPublicPage(path);
        assertThat(js(publicPage, "return document.body.classList.contains('emergency')"))
                .isEqualTo(false);
        shot(publicPage, lang + "-1-normal");

        setAlert("air_raid", "drill");
        long raised = System.nanoTime();
        waiting(publicPage, 5)
                .until(d ->
                        Boolean.TRUE.equals(js(publicPage, "return document.body.classList.contains('emergency')")));
        assertThat(Duration.ofNanos(System.nanoTime() - raised)).isLessThan(Duration.ofSeconds(5));
        assertThat(text("alert-state")).isEqualTo(airRaid);
        assertThat(text("alert-mode")).isEqualTo(drill);
        assertThat(text("siren-words"))
                .isEqualTo(lang.equals("zh") ? "鸣 6 秒、停 6 秒，反复 15 遍" : "sounds 6 s, silent 6 s, 15 times");
        assertThat(publicPage.findElements(By.cssSelector("#alert-banner svg.siren[data-state=air_raid] path")))
                .hasSize(1);

        // The one action: the nearest open shelter from the person's position (found by the page at once).
        waiting(publicPage, 15)
                .until(d -> !d.findElements(By.id("action-shelter")).isEmpty());
        JsonNode nearest = new Http(port)
                .get("/api/public/nearest?lon=" + LON + "&lat=" + LAT)
                .json()
                .get("shelters");
        JsonNode first = null;
        for (JsonNode s : nearest) {
            if (!s.has("status") || s.get("status").asString().equals("open")) {
                first = s;
                break;
            }
        }
        assertThat(first).isNotNull();
        assertThat(text("action-name")).isEqualTo(first.get("name").asString());
        assertThat(text("action-walk"))
                .contains(
                        lang.equals("zh")
                                ? "步行约 " + first.get("walk_minutes").asInt() + " 分钟"
                                : first.get("walk_minutes").asInt() + " min walk");
        // The nearest list below keeps its stable ids: the action is its first open shelter.
        assertThat(publicPage
                        .findElement(By.cssSelector("#result-list li.result"))
                        .getAttribute("data-id"))
                .isEqualTo(first.get("id").asString());

        double entranceLon = first.get("entrance").get("lon").asDouble();
        double entranceLat = first.get("entrance").get("lat").asDouble();
        LonLat gcj = ChineseMapDatums.wgs84ToGcj02(entranceLon, entranceLat);
        LonLat bd = ChineseMapDatums.wgs84ToBd09(entranceLon, entranceLat);
        LonLat hereGcj = ChineseMapDatums.wgs84ToGcj02(LON, LAT);

        URI amap = URI.create(publicPage.findElement(By.id("handoff-amap")).getAttribute("href"));
        assertThat(amap.getScheme() + "://" + amap.getHost() + amap.getPath())
                .isEqualTo("https://uri.amap.com/navigation");
        Map<String, String> a = query(amap);
        String[] to = a.get("to").split(",");
        assertThat(Double.parseDouble(to[0])).isCloseTo(gcj.lon(), within(2e-6));
        assertThat(Double.parseDouble(to[1])).isCloseTo(gcj.lat(), within(2e-6));
        assertThat(to[2]).isEqualTo(first.get("name").asString());
        assertThat(a).containsEntry("mode", "walk").containsEntry("coordinate", "gaode");
        String[] from = a.get("from").split(",");
        assertThat(Double.parseDouble(from[0])).isCloseTo(hereGcj.lon(), within(2e-6));

        URI baidu = URI.create(publicPage.findElement(By.id("handoff-baidu")).getAttribute("href"));
        assertThat(baidu.getHost() + baidu.getPath()).isEqualTo("api.map.baidu.com/direction");
        Map<String, String> b = query(baidu);
        assertThat(b).containsEntry("coord_type", "bd09ll").containsEntry("mode", "walking");
        String destination = b.get("destination"); // latlng:LAT,LON|name:NAME
        String[] latLng = destination
                .substring("latlng:".length(), destination.indexOf('|'))
                .split(",");
        assertThat(Double.parseDouble(latLng[0])).isCloseTo(bd.lat(), within(2e-6));
        assertThat(Double.parseDouble(latLng[1])).isCloseTo(bd.lon(), within(2e-6));

        URI tencent =
                URI.create(publicPage.findElement(By.id("handoff-tencent")).getAttribute("href"));
        assertThat(tencent.getHost() + tencent.getPath()).isEqualTo("apis.map.qq.com/uri/v1/routeplan");
        Map<String, String> q = query(tencent);
        assertThat(q).containsEntry("type", "walk").containsKey("referer");
        String[] toCoord = q.get("tocoord").split(",");
        assertThat(Double.parseDouble(toCoord[0])).isCloseTo(gcj.lat(), within(2e-6));
        assertThat(Double.parseDouble(toCoord[1])).isCloseTo(gcj.lon(), within(2e-6));

        // The line to the entrance and the walking band are drawn; the layout fits the phone.
        assertThat(publicPage.findElements(By.cssSelector("path.walk-band"))).isNotEmpty();
        assertThat(((Number) js(publicPage, "return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(360);
        assertThat(publicPage.findElement(By.id("handoff-amap")).isDisplayed()).isTrue();
        shot(publicPage, lang + "-2-air-raid-drill");

        // Staff report the nearest one full: it leaves the nearest list and the action moves to the next open shelter
        // (the page polls the live status every 5 s and asks the search again).
        fullShelter = first.get("id").asLong();
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        assertThat(editor.put("/api/edit/shelter-status/" + fullShelter, "{\"status\": \"full\"}")
                        .status())
                .isEqualTo(200);
        JsonNode next = new Http(port)
                .get("/api/public/nearest?lon=" + LON + "&lat=" + LAT)
                .json()
                .get("shelters")
                .get(0);
        assertThat(next.get("id").asLong()).isNotEqualTo(fullShelter);
        String fullSelector = "#result-list li.result[data-id='" + fullShelter + "']";
        waiting(publicPage, 12)
                .until(d -> d.findElements(By.cssSelector(fullSelector)).isEmpty());
        waiting(publicPage, 5).until(d -> next.get("name").asString().equals(text("action-name")));
        assertThat(publicPage
                        .findElement(By.cssSelector("#result-list li.result"))
                        .getAttribute("data-id"))
                .isEqualTo(next.get("id").asString());
        shot(publicPage, lang + "-2b-nearest-full");

        // Offline: the state is still there after a reload, with the time it was last confirmed.
        waiting(publicPage, 20)
                .until(d -> Boolean.TRUE.equals(js(publicPage, "return !!navigator.serviceWorker.controller")));
        try (var offline = HeadlessChromium.offline(publicPage)) {
            publicPage.navigate().refresh();
            waiting(publicPage, 20).until(d -> "true".equals(js(publicPage, "return document.body.dataset.ready")));
            waiting(publicPage, 10)
                    .until(d -> Boolean.TRUE.equals(
                            js(publicPage, "return document.body.classList.contains('emergency')")));
            assertThat(text("alert-state")).isEqualTo(airRaid);
            String confirmed = text("alert-confirmed");
            assertThat(confirmed)
                    .contains(lang.equals("zh") ? "最后确认" : "last confirmed")
                    .doesNotContain("—");
            shot(publicPage, lang + "-3-offline");
        }
        publicPage.navigate().refresh();
        waiting(publicPage, 20).until(d -> "true".equals(js(publicPage, "return document.body.dataset.ready")));

        // 解除警报: the normal layout comes back, and the page says so.
        setAlert("all_clear", "drill");
        long cleared = System.nanoTime();
        waiting(publicPage, 5).until(d -> "all_clear".equals(js(publicPage, "return document.body.dataset.alert")));
        assertThat(Duration.ofNanos(System.nanoTime() - cleared)).isLessThan(Duration.ofSeconds(5));
        assertThat(js(publicPage, "return document.body.classList.contains('emergency')"))
                .isEqualTo(false);
        assertThat(text("alert-state")).isEqualTo(allClear);
        assertThat(text("all-clear")).contains(lang.equals("zh") ? "页面已恢复正常显示" : "back to its normal layout");
        assertThat(publicPage.findElement(By.id("action")).isDisplayed()).isFalse();
        assertThat(publicPage.findElement(By.cssSelector(".filters")).isDisplayed())
                .isTrue();
        shot(publicPage, lang + "-4-all-clear");
        shot(adminPage, lang + "-5-admin-page");
    }

    @Test
    void theActionGuideWorksOffline() {
        openPublicPage("/");
        waiting(publicPage, 20)
                .until(d -> Boolean.TRUE.equals(js(publicPage, "return !!navigator.serviceWorker.controller")));
        publicPage.get(url("/guide.html"));
        waiting(publicPage, 20).until(d -> "true".equals(js(publicPage, "return document.body.dataset.ready")));
        try (var offline = HeadlessChromium.offline(publicPage)) {
            publicPage.navigate().refresh();
            waiting(publicPage, 20).until(d -> "true".equals(js(publicPage, "return document.body.dataset.ready")));
            String text = publicPage.findElement(By.tagName("main")).getText();
            assertThat(text)
                    .contains("鸣 36 秒、停 24 秒，反复 3 遍", "鸣 6 秒、停 6 秒，反复 15 遍", "连续鸣 3 分钟")
                    .contains("橙色", "饮用水")
                    .contains("2026年9月19日");
            assertThat(publicPage.findElements(By.cssSelector("svg.siren"))).hasSize(3);
            assertThat(((Number) js(publicPage, "return document.documentElement.scrollWidth")).intValue())
                    .isLessThanOrEqualTo(360);
            shot(publicPage, "guide-zh-offline");
            publicPage.findElement(By.id("lang")).click();
            assertThat(publicPage.findElement(By.tagName("main")).getText())
                    .contains("sounds 36 s, silent 24 s, 3 times", "one continuous tone for 3 minutes", "orange");
            shot(publicPage, "guide-en-offline");
        }
    }

    /** gcj02.js's BD-09 matches the known conversions ChineseMapDatumsTest checks the Java twin against. */
    @Test
    @SuppressWarnings("unchecked")
    void theBrowserDatumsMatchTheKnownConversions() {
        openPublicPage("/");
        List<Number> v = (List<Number>) publicPage.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/gcj02.js').then(m => done([
                  ...m.wgs84ToGcj02(116.404, 39.915), ...m.gcj02ToBd09(116.404, 39.915), ...m.bd09ToGcj02(116.404, 39.915),
                  ...m.wgs84ToBd09(120.8943, 31.9802)]));""");
        assertThat(v.get(0).doubleValue()).isCloseTo(116.41024449916938, within(1e-9));
        assertThat(v.get(1).doubleValue()).isCloseTo(39.91640428150164, within(1e-9));
        assertThat(v.get(2).doubleValue()).isCloseTo(116.41036949371029, within(1e-9));
        assertThat(v.get(3).doubleValue()).isCloseTo(39.92133699351021, within(1e-9));
        assertThat(v.get(4).doubleValue()).isCloseTo(116.39762729119315, within(1e-9));
        assertThat(v.get(5).doubleValue()).isCloseTo(39.90865673957631, within(1e-9));
        LonLat java = ChineseMapDatums.wgs84ToBd09(120.8943, 31.9802);
        assertThat(v.get(6).doubleValue()).isCloseTo(java.lon(), within(1e-12));
        assertThat(v.get(7).doubleValue()).isCloseTo(java.lat(), within(1e-12));
    }

    private static Map<String, String> query(URI uri) {
        var out = new LinkedHashMap<String, String>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
