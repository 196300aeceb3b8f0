package org.sheltergis.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sheltergis.support.HeadlessChromium;

/**
 * Benchmark helper (not a test: surefire does not pick up *Bench): records the tile requests of a real map session —
 * the Leaflet WMS viewer on a 360 × 740 phone screen in headless Chromium, panned and zoomed with the keyboard the way
 * a visitor moves around the old town — and writes them, in order, one path per line, for bench/tiles/run.sh to replay.
 * Run: mvn -o -q test -Dtest=TileSessionBench -Dbench.url=http://127.0.0.1:8631 -Dbench.out=session.txt
 *      -Dsurefire.failIfNoSpecifiedTests=false
 */
class TileSessionBench {

    private static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8631");
    private static final Path OUT = Path.of(System.getProperty("bench.out", "target/tile-session.txt"));
    /** The moves: arrow keys pan 80 px, + and - zoom; the session returns to places it saw (as people do). */
    private static final String MOVES = "RRRRDDD+RRLLLL+DDUU-LLLL-UUURRR+++---";

    @Test
    void record() throws Exception {
        ChromeDriver driver = HeadlessChromium.phone().language("en").start();
        List<String> tiles = new ArrayList<>();
        try {
            driver.get(URL + "/wms/viewer?layer=shelters:shelters_signage&lat=32.005&lon=120.87&z=15");
            settle(driver, tiles, 0);
            var map = driver.findElement(By.id("map"));
            map.click();
            settle(driver, tiles, 0);
            for (char move : MOVES.toCharArray()) {
                long moves = ((Number) driver.executeScript("return window.viewer.moves")).longValue();
                CharSequence key = switch (move) {
                    case 'R' -> Keys.ARROW_RIGHT;
                    case 'L' -> Keys.ARROW_LEFT;
                    case 'U' -> Keys.ARROW_UP;
                    case 'D' -> Keys.ARROW_DOWN;
                    default -> String.valueOf(move);
                };
                map.sendKeys(key);
                settle(driver, tiles, moves + 1);
            }
        } finally {
            driver.quit();
        }
        Files.write(OUT, tiles);
        System.out.printf(
                "BENCH session tiles=%d distinct=%d moves=%d file=%s%n",
                tiles.size(), tiles.stream().distinct().count(), MOVES.length(), OUT);
    }

    /**
     * Waits until the viewer has ended {@code moves} moves and is still with every tile in view drawn (it says so in
     * window.viewer), then takes the tile requests made since the last call.
     */
    @SuppressWarnings("unchecked")
    private static void settle(ChromeDriver driver, List<String> tiles, long moves) {
        var js = (JavascriptExecutor) driver;
        js.executeScript("performance.setResourceTimingBufferSize(100000)");
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return !!window.viewer && window.viewer.moves >= arguments[0] && window.viewer.idle()",
                        moves)));
        List<Object> names = (List<Object>) js.executeScript("""
                const r = performance.getEntriesByType('resource').map(e => e.name)
                    .filter(n => n.includes('/wms?') && n.toLowerCase().includes('getmap'));
                performance.clearResourceTimings();
                return r.map(n => { const u = new URL(n); return u.pathname + u.search; });""");
        names.forEach(n -> tiles.add((String) n));
    }
}
