package org.sheltergis.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium for the browser tests and the page benchmarks, set up in one place: Debian's chromium and
 * chromedriver ({@code ./shelter test} installs both), a fresh profile each time, the browser's language (zh-CN, the
 * city's, unless asked otherwise), a desktop window or a phone's screen, and the console log when a test reads it.
 * Screenshots go to {@link #SCREENSHOTS}, where a person reviewing the pages finds them.
 *
 * <pre>{@code
 * ChromeDriver phone = HeadlessChromium.phone().start();                 // 360 × 740, zh-CN
 * ChromeDriver desk = HeadlessChromium.desktop(1440, 960).language("en").withConsoleLog().start();
 * HeadlessChromium.screenshot(phone, "01-map-zh-360");
 * try (var offline = HeadlessChromium.offline(phone)) { ... }           // back online after the block
 * }</pre>
 */
public final class HeadlessChromium {

    /** The folder of every browser test's screenshots. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String BINARY = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    /** Headless Chromium will not make a window narrower than this: a narrower screen is emulated inside it. */
    private static final int NARROWEST_WINDOW = 500;

    private final int width;
    private final int height;
    private final boolean phone;
    private String language = "zh-CN";
    private boolean consoleLog;

    private HeadlessChromium(int width, int height, boolean phone) {
        this.width = width;
        this.height = height;
        this.phone = phone;
    }

    /** A 360 × 740 phone screen (touch, pixel ratio 2): the public pages' smallest target. */
    public static HeadlessChromium phone() {
        return new HeadlessChromium(360, 740, true);
    }

    /** A desktop window of this size (no emulation). */
    public static HeadlessChromium desktop(int width, int height) {
        return new HeadlessChromium(width, height, false);
    }

    /** The browser's language (what navigator.language and Accept-Language say), e.g. "zh-CN" or "en". */
    public HeadlessChromium language(String tag) {
        this.language = tag;
        return this;
    }

    /** Keeps the browser console's messages, for {@link #consoleProblems}. */
    public HeadlessChromium withConsoleLog() {
        this.consoleLog = true;
        return this;
    }

    public ChromeDriver start() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(BINARY)
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--window-size=" + (phone ? Math.max(width, NARROWEST_WINDOW) : width) + "," + height,
                        "--lang=" + language);
        if (phone) {
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        if (consoleLog) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the page shows as {@code target/screenshots/NAME.png} (replacing an older one); returns the file. */
    public static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Network conditions in force until closed. */
    public interface Network extends AutoCloseable {
        @Override
        void close();
    }

    /** Cuts the browser off the network (the service worker still answers) until the returned value is closed. */
    public static Network offline(ChromiumDriver driver) {
        ChromiumNetworkConditions off = new ChromiumNetworkConditions();
        off.setOffline(true);
        return conditions(driver, off);
    }

    /** A slow connection: the round-trip latency and the throughput each way, in bytes per second. */
    public static Network throttled(
            ChromiumDriver driver, Duration latency, int downBytesPerSecond, int upBytesPerSecond) {
        ChromiumNetworkConditions slow = new ChromiumNetworkConditions();
        slow.setLatency(latency);
        slow.setDownloadThroughput(downBytesPerSecond);
        slow.setUploadThroughput(upBytesPerSecond);
        return conditions(driver, slow);
    }

    private static Network conditions(ChromiumDriver driver, ChromiumNetworkConditions conditions) {
        driver.setNetworkConditions(conditions);
        return driver::deleteNetworkConditions;
    }

    /**
     * The console's errors so far, less those containing one of {@code ignored} (e.g. a missing favicon), and every
     * Content-Security-Policy report; the browser must have been started {@link #withConsoleLog()}.
     */
    public static List<String> consoleProblems(WebDriver driver, String... ignored) {
        List<String> problems = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            String message = e.getMessage();
            boolean severe = e.getLevel().intValue() >= Level.SEVERE.intValue()
                    && List.of(ignored).stream().noneMatch(message::contains);
            if (severe || message.contains("Content Security Policy")) {
                problems.add(message);
            }
        }
        return problems;
    }
}
