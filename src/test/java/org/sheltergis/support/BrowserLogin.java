package org.sheltergis.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a browser in as the test database's administrator, through the real login form. */
public final class BrowserLogin {

    private BrowserLogin() {}

    public static void asAdmin(WebDriver driver, int port) {
        driver.get("http://localhost:" + port + "/login.html");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(StaffClient.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form[data-staff-login] button[type=submit]"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("login"));
    }
}
