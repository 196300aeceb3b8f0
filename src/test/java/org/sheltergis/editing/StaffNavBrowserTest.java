package org.sheltergis.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.BrowserLogin;
import org.sheltergis.support.HeadlessChromium;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one staff navigation (web/js/staff-nav.js) in headless Chromium: every staff page shows the same links in the same
 * order with its own link marked, an editor does not see the administrator's links, and the language switch relabels
 * the navigation (and the choice carries over to the next page). The demo badge shows under the header on every page.
 */
@IntegrationTest
class StaffNavBrowserTest {

    static final List<String> LINKS = List.of(
            "/dashboard/",
            "/planner/",
            "/editor/",
            "/editor/status.html",
            "/editor/import.html",
            "/editor/reports.html",
            "/admin/",
            "/admin/alert.html");

    /** The pages that carry the shared navigation: every link's page but the planner's (it keeps its own header). */
    static final List<String> PAGES =
            LINKS.stream().filter(page -> !page.equals("/planner/")).toList();

    static final By NAV_LINKS = By.cssSelector("header[data-staff-nav] nav a");

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = HeadlessChromium.desktop(1440, 960).withConsoleLog().start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyStaffPageShowsTheSameNavigationToAnAdmin() {
        BrowserLogin.asAdmin(browser, port);
        for (String page : PAGES) {
            open(page);
            List<WebElement> links = browser.findElements(NAV_LINKS);
            assertThat(links)
                    .extracting(a -> a.getDomAttribute("href"))
                    .as(page)
                    .isEqualTo(LINKS);
            assertThat(links).allMatch(WebElement::isDisplayed, "every link shown to an admin on " + page);
            assertThat(browser.findElements(By.cssSelector("header[data-staff-nav] nav a.active")))
                    .extracting(a -> a.getDomAttribute("href"))
                    .as(page)
                    .containsExactly(page);
            assertThat(browser.findElement(By.cssSelector("header[data-staff-nav] h1"))
                            .getText())
                    .isEqualTo("人防工程地理信息系统");
            assertThat(browser.findElements(By.cssSelector("[data-staff-password]")))
                    .as("the account menu beside logout on " + page)
                    .hasSize(1);
            // The demo badge (sample-badge.js) still finds the header the navigation now fills, and sits right under
            // it.
            assertThat(
                            wait.until(d -> d
                                            .findElements(
                                                    By.cssSelector("header[data-staff-nav] + [data-sample-badge]"))
                                            .stream()
                                            .findFirst()
                                            .orElse(null))
                                    .isDisplayed())
                    .as(page)
                    .isTrue();
        }
        HeadlessChromium.screenshot(browser, "nav-alert-zh");

        open("/editor/reports.html");
        assertThat(texts()).startsWith("工作看板", "规划分析", "工程编辑");
        browser.findElement(By.cssSelector("[data-staff-lang]")).click();
        wait.until(d -> texts().equals(List.of(
                "Dashboards",
                "Planning",
                "Editor",
                "Live status",
                "Register import",
                "Reports",
                "Admin",
                "City alert")));
        assertThat(browser.findElement(By.cssSelector("[data-staff-logout]")).getText())
                .isEqualTo("Log out");
        assertThat(browser.findElement(By.cssSelector("[data-staff-lang]")).getText())
                .isEqualTo("中文");
        HeadlessChromium.screenshot(browser, "nav-reports-en");
        // The choice is remembered: the next page starts in English.
        open("/dashboard/");
        assertThat(texts()).startsWith("Dashboards", "Planning");
        browser.findElement(By.cssSelector("[data-staff-lang]")).click();
        wait.until(d -> texts().get(0).equals("工作看板"));

        assertThat(HeadlessChromium.consoleProblems(browser, "favicon.ico")).isEmpty();
    }

    @Test
    void anEditorDoesNotSeeTheAdministratorsLinks() {
        String editor = "nav-editor-" + System.nanoTime() % 100000;
        tx.executeWithoutResult(s -> users.create(editor, "导航编辑", Role.EDITOR, "nav-password-1"));
        browser.get("http://localhost:" + port + "/login.html");
        browser.findElement(By.id("username")).sendKeys(editor);
        browser.findElement(By.id("password")).sendKeys("nav-password-1");
        browser.findElement(By.cssSelector("form[data-staff-login] button[type=submit]"))
                .click();
        wait.until(d -> !d.getCurrentUrl().contains("login"));

        open("/editor/status.html");
        // The links above the user's role are hidden once /api/me has answered, which also fills in the user's name.
        wait.until(d ->
                d.findElement(By.cssSelector("[data-staff-user]")).getText().contains("EDITOR"));
        List<String> shown = browser.findElements(NAV_LINKS).stream()
                .filter(WebElement::isDisplayed)
                .map(a -> a.getDomAttribute("href"))
                .toList();
        assertThat(shown)
                .containsExactly(
                        "/dashboard/",
                        "/planner/",
                        "/editor/",
                        "/editor/status.html",
                        "/editor/import.html",
                        "/editor/reports.html");
    }

    private void open(String page) {
        browser.get("http://localhost:" + port + page);
        wait.until(d -> d.findElements(NAV_LINKS).size() == LINKS.size()
                && !d.findElement(By.cssSelector("[data-staff-lang]")).getText().isEmpty()
                && !d.findElements(By.cssSelector("[data-staff-password]")).isEmpty());
    }

    private List<String> texts() {
        return browser.findElements(NAV_LINKS).stream().map(WebElement::getText).toList();
    }
}
