package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.BrowserLogin;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public map's service worker keeps public outlets only. In headless Chromium: the public map installs the worker,
 * staff log in, open every staff page and a restricted layer through the WMS viewer (all under the worker's scope),
 * log out; then Cache Storage, read through JavaScript, holds the public page's entries and nothing else.
 */
@IntegrationTest
class ServiceWorkerCacheBrowserTest {

    private static final List<String> STAFF_PAGES =
            List.of("/dashboard/", "/planner/", "/planner/siting.html", "/editor/", "/editor/reports.html", "/admin/");

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        driver = HeadlessChromium.desktop(1280, 900).start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void afterLogoutCacheStorageHoldsNoStaffOrRestrictedResponse() {
        String base = "http://localhost:" + port;
        driver.get(base + "/");
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return !!navigator.serviceWorker.controller")));

        BrowserLogin.asAdmin(driver, port);
        for (String page : STAFF_PAGES) {
            driver.get(base + page);
            wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
            wait.until(d ->
                    !driver.findElements(By.cssSelector("[data-staff-user]")).isEmpty()
                            ? !driver.findElement(By.cssSelector("[data-staff-user]"))
                                    .getText()
                                    .isEmpty()
                            : true);
        }
        // A restricted layer (every work, command posts included) drawn for the logged-in user through /wms.
        driver.get(base + "/wms/viewer?layer=works:works_function&lat=32.01&lon=120.87&z=15");
        wait.until(d -> ((Number) driver.executeScript("return window.tilesLoaded")).intValue() >= 4);
        assertThat(((Number) driver.executeScript("return window.tileErrors")).intValue())
                .isZero();

        driver.get(base + "/admin/");
        wait.until(d -> !driver.findElement(By.cssSelector("[data-staff-user]"))
                .getText()
                .isEmpty());
        // The account menu's "change password" (its API is LoginProtectionTest's): there, in Chinese first.
        driver.findElement(By.cssSelector("[data-staff-password]")).click();
        assertThat(driver.findElement(By.cssSelector("dialog.staff-password")).getText())
                .contains("当前密码", "新密码");
        HeadlessChromium.screenshot(driver, "change-password-zh");
        driver.findElement(By.cssSelector("dialog.staff-password button[value=cancel]"))
                .click();
        driver.findElement(By.cssSelector("[data-staff-logout]")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login.html?logout"));

        @SuppressWarnings("unchecked")
        List<String> cached = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  const out = [];
                  for (const name of await caches.keys()) {
                    for (const req of await (await caches.open(name)).keys()) out.push(name + ' ' + req.url);
                  }
                  return out;
                })().then(done, e => done(['error ' + e]));""");
        HeadlessChromium.screenshot(driver, "sw-after-logout");

        List<String> paths = cached.stream()
                .map(e -> e.substring(e.indexOf(base) + base.length()))
                .toList();
        assertThat(paths)
                .as("the public page's entries")
                .contains("/", "/index.html", "/js/app.js", "/api/public/shelters");
        for (String path : paths) {
            assertThat(path)
                    .as("cached: " + path)
                    .doesNotStartWith("/dashboard")
                    .doesNotStartWith("/planner")
                    .doesNotStartWith("/editor")
                    .doesNotStartWith("/admin")
                    .doesNotStartWith("/api/me")
                    .doesNotStartWith("/api/edit")
                    .doesNotStartWith("/api/analysis")
                    .doesNotStartWith("/api/admin")
                    .doesNotStartWith("/wms/viewer")
                    .doesNotContainIgnoringCase("LAYERS=districts%2Cworks")
                    .doesNotContainIgnoringCase("layers=works")
                    .doesNotStartWith("/js/staff-fetch.js");
            // The public code lists and the public styles' legends are public outlets too (the page works offline
            // with them); a logged-in caller's answer to them is no-store, so never kept.
            assertThat(path.startsWith("/api/")
                            && !path.startsWith("/api/public/")
                            && !path.startsWith("/api/layers/districts/")
                            && !path.equals("/api/codes")
                            && !path.matches("/api/styles/(shelters_signage|entrances|districts)/legend"))
                    .as("a non-public API answer cached: " + path)
                    .isFalse();
        }
    }
}
