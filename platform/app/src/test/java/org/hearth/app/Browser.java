package org.hearth.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's), driven through its own chromedriver: nothing is downloaded.
 *
 * <p>Every step waits on a condition, never on time, and never holds on to a node a navigation
 * may replace. A click that navigates ({@link #navigate}) marks the current window first and then
 * waits until a document without the mark (a new one) has finished loading and the caller's
 * condition holds on freshly located elements. Reads ({@link #text}) and form filling
 * ({@link #type}, {@link #select}, {@link #setValue}) locate their element anew on every attempt.
 * The errors a navigation racing a command can cause (a stale node, "does not belong to the
 * document", a destroyed execution context) are retried until the one deadline; any other error
 * fails at once.
 */
final class Browser {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** The one deadline of every browser step: generous for a loaded machine, still bounded. */
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String MARK = "__hearthPreviousDocument";
    /** What chromedriver reports when a command meets a document that a navigation is replacing. */
    private static final List<String> NAVIGATION_RACES = List.of("does not belong to the document", "execution context was destroyed",
            "cannot find context with specified id", "no such execution context", "inspected target navigated or closed",
            "target frame detached", "frame was detached", "node is detached from document");

    private Browser() {
    }

    static ChromeDriver start() throws Exception {
        return start(null);
    }

    /** A fresh browser (its own profile: no cookie, no session) that sends {@code acceptLanguage} (null: Chromium's default). */
    static ChromeDriver start(String acceptLanguage) throws Exception {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new AssertionError("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Path profile = Files.createTempDirectory("hearth-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1200,900",
                "--user-data-dir=" + profile);
        // The console log lets tests see Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (acceptLanguage != null) {
            options.addArguments("--accept-lang=" + acceptLanguage);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(DEADLINE);
        return driver;
    }

    /** Opens {@code url} and waits until the page (after any redirect) is loaded and {@code arrived} holds on it. */
    static void open(ChromeDriver browser, String url, ExpectedCondition<?> arrived) {
        browser.get(url);
        await(browser, "the page at " + url, d -> loaded(d) && truthy(arrived.apply(d)));
    }

    /**
     * Clicks {@code target} (a link or a form's button), which navigates, and waits until the next
     * document has replaced this one, has loaded, and {@code arrived} holds on it.
     *
     * <p>The condition must describe the new page's content, and is evaluated on elements located
     * afresh on every attempt. The click itself happens once: a retried click could submit a form twice.
     */
    static void navigate(ChromeDriver browser, By target, ExpectedCondition<?> arrived) {
        String mark = UUID.randomUUID().toString();
        await(browser, "a loaded page to click " + target + " on", d -> {
            if (!loaded(d)) {
                return false;
            }
            ((ChromeDriver) d).executeScript("window[arguments[0]] = arguments[1]", MARK, mark);
            return d.findElement(target) != null;
        });
        browser.findElement(target).click();
        await(browser, "the page after clicking " + target, d -> !mark.equals(((ChromeDriver) d).executeScript("return window[arguments[0]]", MARK))
                && loaded(d) && truthy(arrived.apply(d)));
    }

    /**
     * Clicks something that navigates and waits until the next page has loaded in its place.
     * Prefer {@link #navigate} with a condition on the new page's content.
     */
    static void clickAndWait(ChromeDriver browser, By target) {
        navigate(browser, target, d -> true);
    }

    /** The visible text of the element {@code by} locates, located anew on each attempt until it is there. */
    static String text(ChromeDriver browser, By by) {
        return await(browser, "the text of " + by, d -> d.findElement(by).getText());
    }

    /** The value of {@code attribute} on the element {@code by} locates, located anew on each attempt. */
    static String attribute(ChromeDriver browser, By by, String attribute) {
        return await(browser, attribute + " of " + by, d -> Objects.requireNonNullElse(d.findElement(by).getDomAttribute(attribute), ""));
    }

    /** Whether the element {@code by} locates is displayed, located anew on each attempt. */
    static boolean displayed(ChromeDriver browser, By by) {
        return await(browser, "whether " + by + " is displayed", d -> d.findElement(by).isDisplayed());
    }

    /** The CSS property {@code property} of the element {@code by} locates, located anew on each attempt. */
    static String css(ChromeDriver browser, By by, String property) {
        return await(browser, property + " of " + by, d -> d.findElement(by).getCssValue(property));
    }

    /** Types {@code value} into the field {@code by} locates, replacing what it held, until the field holds exactly that. */
    static void type(ChromeDriver browser, By by, String value) {
        await(browser, "typing into " + by, d -> {
            var field = d.findElement(by);
            field.clear();
            field.sendKeys(value);
            return value.equals(d.findElement(by).getDomProperty("value"));
        });
    }

    /** Chooses a file for the file input {@code by} locates. */
    static void attach(ChromeDriver browser, By by, Path file) {
        String name = file.getFileName().toString();
        await(browser, "attaching a file to " + by, d -> {
            d.findElement(by).sendKeys(file.toString());
            return Objects.requireNonNullElse(d.findElement(by).getDomProperty("value"), "").endsWith(name);
        });
    }

    /** Selects the option with this {@code value} in the list {@code by} locates. */
    static void select(ChromeDriver browser, By by, String value) {
        await(browser, "selecting " + value + " in " + by, d -> {
            new Select(d.findElement(by)).selectByValue(value);
            return value.equals(d.findElement(by).getDomProperty("value"));
        });
    }

    /** Selects the option showing this {@code text} in the list {@code by} locates. */
    static void selectText(ChromeDriver browser, By by, String text) {
        await(browser, "selecting " + text + " in " + by, d -> {
            Select list = new Select(d.findElement(by));
            list.selectByVisibleText(text);
            return text.equals(new Select(d.findElement(by)).getFirstSelectedOption().getText());
        });
    }

    /** Sets the value of the field with this id from script (date inputs take no typing in every locale). */
    static void setValue(ChromeDriver browser, String id, String value) {
        await(browser, "setting " + id, d -> value.equals(((ChromeDriver) d).executeScript(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1]; return e.value;", id, value)));
    }

    /** Holds when the element {@code by} locates shows all of {@code parts}. */
    static ExpectedCondition<Boolean> shows(By by, String... parts) {
        return d -> {
            String text = d.findElement(by).getText();
            for (String part : parts) {
                if (!text.contains(part)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Holds when the element {@code by} locates shows exactly {@code text}. */
    static ExpectedCondition<Boolean> showsExactly(By by, String text) {
        return d -> text.equals(d.findElement(by).getText());
    }

    /** Holds when something matches {@code by}. */
    /** Lays pages out as on a phone 320 CSS pixels wide (the width WCAG 1.4.10 asks pages to reflow to). */
    static void phone(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 320, "height", 640, "deviceScaleFactor", 2, "mobile", true));
    }

    /** How many CSS pixels the page scrolls sideways (0 when it fits its screen). */
    static int overflow(ChromeDriver browser) {
        return ((Number) browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).intValue();
    }

    static ExpectedCondition<Boolean> present(By by) {
        return d -> !d.findElements(by).isEmpty();
    }

    /** Holds when the current address contains {@code part}. */
    static ExpectedCondition<Boolean> at(String part) {
        return d -> Objects.requireNonNullElse(d.getCurrentUrl(), "").contains(part);
    }

    /** Holds when all of {@code conditions} hold. */
    static ExpectedCondition<Boolean> all(ExpectedCondition<?>... conditions) {
        return d -> {
            for (ExpectedCondition<?> condition : conditions) {
                if (!truthy(condition.apply(d))) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * Waits until {@code step} returns a non-null, non-false value, retrying on the errors of a
     * navigation race and on an element not there yet; on the deadline it fails with the address,
     * the page's text and a screenshot in {@code target/}.
     */
    static <T> T await(ChromeDriver browser, String what, Function<WebDriver, T> step) {
        return await(browser, what, step, DEADLINE);
    }

    /** {@link #await(ChromeDriver, String, Function)} with its own deadline (for tests of the waiting itself). */
    static <T> T await(ChromeDriver browser, String what, Function<WebDriver, T> step, Duration deadline) {
        Throwable[] last = new Throwable[1];
        Function<WebDriver, T> attempt = d -> {
            try {
                T result = step.apply(d);
                return Boolean.FALSE.equals(result) ? null : result;
            } catch (WebDriverException e) {
                if (!transientError(e)) {
                    throw e;
                }
                last[0] = e;
                return null;
            }
        };
        try {
            return new WebDriverWait(browser, deadline, POLL).until(attempt);
        } catch (TimeoutException e) {
            AssertionError failure = new AssertionError("waited " + deadline.toMillis() + " ms for " + what + "; at " + safeUrl(browser)
                    + (last[0] == null ? "" : "; last error: " + firstLine(last[0])) + "; page: " + safeBody(browser) + screenshot(browser));
            if (last[0] != null) {
                failure.addSuppressed(last[0]);
            }
            throw failure;
        }
    }

    private static boolean loaded(WebDriver d) {
        return "complete".equals(((ChromeDriver) d).executeScript("return document.readyState"));
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value);
    }

    static boolean transientError(WebDriverException e) {
        if (e instanceof StaleElementReferenceException || e instanceof NoSuchElementException) {
            return true;
        }
        String message = Objects.requireNonNullElse(e.getMessage(), "").toLowerCase(Locale.ROOT);
        return NAVIGATION_RACES.stream().anyMatch(message::contains);
    }

    private static String firstLine(Throwable e) {
        String message = Objects.requireNonNullElse(e.getMessage(), e.getClass().getName());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static String safeUrl(ChromeDriver browser) {
        try {
            return browser.getCurrentUrl();
        } catch (WebDriverException e) {
            return "(unknown: " + firstLine(e) + ")";
        }
    }

    private static String safeBody(ChromeDriver browser) {
        try {
            return browser.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            return "(unreadable: " + firstLine(e) + ")";
        }
    }

    private static String screenshot(ChromeDriver browser) {
        try {
            Path file = Files.createDirectories(Path.of("target")).resolve("browser-failure-" + System.nanoTime() + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return "; screenshot " + file;
        } catch (IOException | WebDriverException e) {
            return "";
        }
    }
}
