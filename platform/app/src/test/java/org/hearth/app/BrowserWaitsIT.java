package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.InvalidSelectorException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser helpers themselves, against pages made to race: a form whose answer is a page that
 * replaces itself again (two navigations, as a POST-redirect-GET followed by a late redirect).
 * A step that stopped waiting when the first page went away would read the interim page.
 */
class BrowserWaitsIT {

    private static HttpServer site;
    private static ChromeDriver browser;
    private static String base;
    private static final AtomicReference<String> posted = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/form", e -> page(e, "<main><p id=\"result\">the form</p><form method=\"post\" action=\"/go\">"
                + "<input id=\"name\" name=\"name\" value=\"prefilled\"><button id=\"go\" type=\"submit\">Go</button></form></main>"));
        site.createContext("/go", e -> {
            posted.set(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            e.getResponseHeaders().add("Location", "/interim");
            e.sendResponseHeaders(303, -1);
            e.close();
        });
        // The interim page has the same element, with other content, and replaces itself a moment later.
        site.createContext("/interim", e -> page(e, "<main><p id=\"result\">interim</p></main>"
                + "<script>setTimeout(function () { location.replace('/done'); }, 300);</script>"));
        site.createContext("/done", e -> page(e, "<main><p id=\"result\">done</p></main>"));
        site.start();
        base = "http://127.0.0.1:" + site.getAddress().getPort();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        site.stop(0);
    }

    private static void page(HttpExchange exchange, String body) throws IOException {
        byte[] html = ("<!doctype html><html lang=\"en\"><head><title>race</title></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, html.length);
        exchange.getResponseBody().write(html);
        exchange.close();
    }

    @Test
    @DisplayName("A click that leads through two navigations waits for the content of the last page, not for the first one to go away")
    void navigationWaitsForTheNewContent() {
        Browser.open(browser, base + "/form", Browser.present(By.id("go")));
        Browser.type(browser, By.id("name"), "typed over");
        Browser.navigate(browser, By.id("go"), Browser.shows(By.id("result"), "done"));
        assertThat(Browser.text(browser, By.id("result"))).isEqualTo("done");
        assertThat(browser.getCurrentUrl()).endsWith("/done");
        assertThat(posted.get()).as("the typed value replaced the prefilled one").isEqualTo("name=typed+over");
    }

    @Test
    @DisplayName("A condition that never holds fails by its deadline with the address and the page's text, instead of hanging or passing")
    void aConditionThatNeverHoldsFailsWithThePage() {
        Browser.open(browser, base + "/done", Browser.present(By.id("result")));
        assertThatThrownBy(() -> Browser.await(browser, "a page that says never", Browser.shows(By.id("result"), "never"), Duration.ofSeconds(2)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("a page that says never").hasMessageContaining("/done")
                .hasMessageContaining("page: done");
    }

    @Test
    @DisplayName("An error that is not a navigation race (here an invalid selector) fails at once, not at the deadline")
    void otherErrorsAreNotRetried() {
        Browser.open(browser, base + "/done", Browser.present(By.id("result")));
        long started = System.nanoTime();
        assertThatThrownBy(() -> Browser.text(browser, By.cssSelector("p[[")))
                .isInstanceOf(InvalidSelectorException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Browser.DEADLINE.dividedBy(2));
    }
}
