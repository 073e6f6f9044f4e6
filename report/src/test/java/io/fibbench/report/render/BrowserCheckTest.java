package io.fibbench.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fibbench.nativelib.NativePlatform;
import io.fibbench.report.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens index.html in headless Chromium (installed by .ci/install-deps) and fails if a chart image
 * did not load. The page itself counts broken images into data-broken-images once loaded.
 * Also leaves a screenshot in target/ for a person to look at.
 */
class BrowserCheckTest {

    @Test
    void everyChartLoadsInARealBrowser(@TempDir Path dir) throws Exception {
        // On Linux CI, .ci/install-deps installs Chromium, so a missing one is a failure there; on a Mac
        // (the machines workflow's macOS job) the runner's Chrome does, and without either the check is skipped.
        boolean linuxCi = "true".equals(System.getenv("CI")) && NativePlatform.current().startsWith("linux-");
        assumeTrue(linuxCi || BROWSERS.stream().anyMatch(Files::isExecutable),
                "no Chromium or Chrome installed (bash .ci/install-deps installs Chromium)");
        Path page = ReportWriter.render(Fixtures.small(dir), dir.resolve("reports")).resolve("index.html");

        String dom = chromium(dir, "--dump-dom", page.toUri().toString());
        Matcher broken = Pattern.compile("data-broken-images=\"(\\d+)\"").matcher(dom);
        assertTrue(broken.find(), "the page's load check did not run:\n" + dom.substring(0, Math.min(500, dom.length())));
        assertEquals("0", broken.group(1), "charts that did not load");
        long charts = io.fibbench.report.render.charts.ReportChart.all().size() - 1; // no trend without a history
        assertEquals(charts, dom.split("<img ", -1).length - 1, "one image per chart");

        Path shot = Path.of("target", "report-screenshot.png").toAbsolutePath();
        chromium(dir, "--screenshot=" + shot, "--window-size=1100,2400", page.toUri().toString());
        assertTrue(Files.size(shot) > 10_000, "screenshot");
    }

    private static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"),
            Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));

    private static String chromium(Path dir, String... args) throws Exception {
        String browser = BROWSERS.stream().filter(Files::isExecutable).findFirst().orElse(BROWSERS.get(0)).toString();
        List<String> command = new java.util.ArrayList<>(List.of(browser, "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--virtual-time-budget=5000", "--user-data-dir=" + dir.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), "chromium failed: " + command);
        return out;
    }
}
