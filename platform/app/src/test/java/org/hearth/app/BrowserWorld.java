package org.hearth.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a page test needs once per class: a real platform on embedded PostgreSQL, its staff
 * members, and one real headless Chromium; stopped after the class. Register it as
 * {@code @RegisterExtension static final BrowserWorld web = BrowserWorld.create().staff(...)}; it
 * starts before the class's own {@code @BeforeAll} methods, which may use it.
 */
final class BrowserWorld implements BeforeAllCallback, AfterAllCallback {

    private record Member(String email, String password, Set<String> roles) {
    }

    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Member> staff = new ArrayList<>();
    private Platform platform;
    private ChromeDriver browser;

    private BrowserWorld() {
    }

    static BrowserWorld create() {
        return new BrowserWorld();
    }

    /** A configuration variable for the platform (as {@link TestPlatform#start(Map)} takes). */
    BrowserWorld env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** A staff member registered before the tests run. */
    BrowserWorld staff(String email, String password, String... roles) {
        staff.add(new Member(email, password, Set.of(roles)));
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        platform = TestPlatform.start(Map.copyOf(env));
        staff.forEach(m -> platform.modules().staff().add(m.email(), m.password(), m.roles()));
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (platform != null) {
                platform.close();
            }
        }
    }

    Platform platform() {
        return platform;
    }

    ChromeDriver browser() {
        return browser;
    }

    /** The platform's address as the browser reaches it, e.g. {@code http://localhost:41234}. */
    String base() {
        return "http://localhost:" + platform.port();
    }

    /**
     * Signs in through a sign-in form ({@code /login}, {@code /staff/login}, {@code /console/login},
     * with any query such as {@code ?lang=fr}) in a browser without cookies, and waits for the
     * page after it.
     */
    void signIn(String loginPage, String email, String password) {
        browser.manage().deleteAllCookies();
        Browser.open(browser, base() + loginPage, Browser.present(By.id("password")));
        Browser.type(browser, By.id("email"), email);
        Browser.type(browser, By.id("password"), password);
        Browser.navigate(browser, By.cssSelector("main form button[type=submit]"), d -> !d.getCurrentUrl().contains("/login"));
    }

    /** The text of the element {@code by} finds on the current page, located afresh. */
    String text(By by) {
        return Browser.text(browser, by);
    }
}
