package org.sheltergis.shelters;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.HeadlessChromium;

/**
 * Benchmark (not a test: surefire does not pick up *Bench): the public map's first load in a cold phone-sized
 * headless Chromium against a running service — bytes transferred and the time until the shelter markers show, on an
 * unthrottled local connection and on a throttled "poor connection" (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT).
 * Run: mvn -o -q test -Dtest=PublicMapPageBench -Dbench.url=http://localhost:8105/ -Dsurefire.failIfNoSpecifiedTests=false
 * (the figures go to target/surefire-reports/*PublicMapPageBench-output.txt and the console).
 */
class PublicMapPageBench {

    private static final String URL = System.getProperty("bench.url", "http://localhost:8105/");
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Test
    void firstLoad() {
        measure("local", false);
        measure("poor (1.6 Mbit/s, 150 ms)", true);
    }

    /** {@code slow}: the throttled connection, for the driver's whole life (it is quit after each run). */
    @SuppressWarnings("unchecked")
    private static void measure(String network, boolean slow) {
        long bytes = 0;
        double[] markers = new double[RUNS];
        long shelters = 0;
        for (int run = 0; run < RUNS; run++) {
            ChromeDriver driver = HeadlessChromium.phone().start(); // a fresh profile: nothing cached
            try {
                if (slow) {
                    HeadlessChromium.throttled(driver, Duration.ofMillis(150), 1_600_000 / 8, 750_000 / 8);
                }
                driver.get(URL);
                new WebDriverWait(driver, Duration.ofSeconds(120))
                        .until(d -> ((JavascriptExecutor) d)
                                        .executeScript("return window.shelterMap && window.shelterMap.markersShownAt")
                                != null);
                var m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                        const own = performance.getEntriesByType('resource').filter(r => r.name.startsWith(location.origin));
                        const nav = performance.getEntriesByType('navigation')[0];
                        return { bytes: own.reduce((s, r) => s + r.transferSize, nav.transferSize),
                                 markers: window.shelterMap.markersShownAt, shelters: window.shelterMap.features.length };""");
                bytes = ((Number) m.get("bytes")).longValue();
                markers[run] = ((Number) m.get("markers")).doubleValue();
                shelters = ((Number) m.get("shelters")).longValue();
            } finally {
                driver.quit();
            }
        }
        java.util.Arrays.sort(markers);
        System.out.printf(
                "BENCH page network=%s shelters=%d bytes=%d median_markers_ms=%.0f min=%.0f max=%.0f runs=%d%n",
                network, shelters, bytes, markers[RUNS / 2], markers[0], markers[RUNS - 1], RUNS);
    }
}
