package org.vigie.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The UI in a real browser: Debian's headless Chromium driven by Selenium through the system
 * chromedriver (never a downloaded browser). Screenshots go to target/screenshots/.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("vigie.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("vigie.chromedriver", "/usr/bin/chromedriver"));

    static TestServer app;
    static ChromeDriver browser;
    static String base;
    static List<String> ids;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
        app = TestServer.open("vigie-browser-test");
        ids = TestCorpus.fill(app.corpus());
        base = app.serve(TestCorpus.config(app.corpus(), "t", true, 1 << 20));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("vigie-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        Files.createDirectories(Path.of("target/screenshots"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (app != null) app.close();
    }

    static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target/screenshots", name + ".png"), png);
    }

    @Test
    void searchForAlepShowsTheSample() throws Exception {
        browser.get(base + "/");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("Alep");
        q.submit();
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit > a"));
        screenshot("search-alep");
        assertTrue(hits.stream().anyMatch(h -> h.getText().startsWith("Poutine: Moscou et Ankara")),
                hits.stream().map(WebElement::getText).toList().toString());
        assertFalse(browser.findElements(By.cssSelector(".snippet mark")).isEmpty(), "highlighted snippet");
    }

    @Test
    void articlePageHighlightsPutinAndHisFourDirectQuotes() throws Exception {
        browser.get(base + "/articles/" + ids.get(0));
        screenshot("article-sample");
        List<WebElement> person = browser.findElements(By.cssSelector(".article-text .ent-PER[data-entity='Vladimir Poutine']"));
        assertTrue(person.stream().anyMatch(e -> e.getText().equals("Vladimir Poutine")),
                person.stream().map(WebElement::getText).toList().toString());
        Set<String> quotes = browser.findElements(By.cssSelector(".article-text .quote-direct[data-speaker='Vladimir Poutine']"))
                .stream().map(e -> e.getAttribute("data-quote")).collect(Collectors.toSet());
        assertEquals(4, quotes.size(), "direct quotes of Vladimir Poutine: " + quotes);
        assertFalse(browser.findElements(By.cssSelector(".legend")).isEmpty(), "legend explains the styles");
        WebElement time = browser.findElements(By.cssSelector(".article-text .time")).get(0);
        assertTrue(time.getAttribute("title").matches("(?s).*\\d{4}.*"), "time value on hover: " + time.getAttribute("title"));
    }

    @Test
    void entityPageRendersItsTimeline() throws Exception {
        browser.get(base + "/articles/" + ids.get(0));
        WebElement link = browser.findElement(By.linkText("Vladimir Poutine"));
        link.click();
        screenshot("entity-putin");
        assertEquals("Vladimir Poutine", browser.findElement(By.tagName("h1")).getText().replace(" PER", ""));
        List<WebElement> bars = browser.findElements(By.cssSelector("svg.timeline rect.bar"));
        assertFalse(bars.isEmpty(), "timeline bars");
        assertTrue(bars.get(0).getSize().getHeight() > 0);
        assertFalse(browser.findElements(By.cssSelector("section.quotes blockquote.quote-direct")).isEmpty());
    }

    @Test
    void hostileMarkupIsShownAsTextAndRunsNothing() throws Exception {
        browser.get(base + "/articles/" + ids.get(1));
        screenshot("article-hostile");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        String title = browser.findElement(By.cssSelector(".article-text h1")).getText();
        assertTrue(title.contains("<script>alert(1)</script>"), title);
        assertTrue(browser.findElement(By.cssSelector(".article-text")).getText().contains("<img src=x onerror=alert(2)>"));
        assertEquals(0L, browser.executeScript("return document.querySelectorAll('main script, main img').length"));
    }
}
