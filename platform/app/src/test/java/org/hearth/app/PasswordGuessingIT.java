package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An attacker guessing passwords in parallel: every password check shares one policy, counted in
 * the database, so 64 guesses in flight at once get no more checks than five in a row would, and
 * the right password that follows is refused until the lock ends.
 */
class PasswordGuessingIT {

    private static final int GUESSES = 64;
    private static final int LIMIT = 5;
    private static final Duration LOCK = Duration.ofSeconds(30);

    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of("HEARTH_LOGIN_LOCK", LOCK.toString()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("64 parallel wrong passwords on the /login form get at most 5 checks, and the right password is then refused")
    void individualForm() {
        signUp("form@example.org", "the real password");
        double before = checks("individual", "wrong");
        List<HttpResponse<String>> answers = formGuesses("/login", "form@example.org");
        double checked = checks("individual", "wrong") - before;
        report("/login", answers, checked);
        assertThat(answers).allSatisfy(a -> assertThat(a.headers().firstValue("Location").orElse("")).contains("error"));
        HttpResponse<String> right = new Http(platform.port()).login("/login", "form@example.org", "the real password");
        assertThat(right.headers().firstValue("Location").orElse("")).as("the right password while locked").contains("/login?error");
        assertThat(checked).as("wrong passwords actually checked").isBetween(1.0, (double) LIMIT);
    }

    @Test
    @DisplayName("64 parallel wrong passwords in Basic on POST /api/v1/me/tokens get at most 5 checks, and the right password is then refused")
    void individualBasic() {
        signUp("basic@example.org", "the real password");
        Http http = new Http(platform.port());
        double before = checks("individual", "wrong");
        List<HttpResponse<String>> answers = parallel(i -> () -> http.postJson("/api/v1/me/tokens", "{}",
                "Authorization", Http.basic("basic@example.org", "guess number " + i)));
        double checked = checks("individual", "wrong") - before;
        report("Basic /api/v1/me/tokens", answers, checked);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(401));
        HttpResponse<String> right = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("basic@example.org", "the real password"));
        assertThat(right.statusCode()).as("the right password while locked: %s", right.body()).isEqualTo(401);
        assertThat(checked).as("wrong passwords actually checked").isBetween(1.0, (double) LIMIT);
    }

    @Test
    @DisplayName("An email with no account is throttled like one with: 64 parallel guesses get at most 5 checks and the same answers")
    void unknownAccount() {
        signUp("known@example.org", "the real password");
        Http http = new Http(platform.port());
        double before = checks("individual", "wrong");
        List<HttpResponse<String>> answers = parallel(i -> () -> http.postJson("/api/v1/me/tokens", "{}",
                "Authorization", Http.basic("nobody-at-all@example.org", "guess number " + i)));
        double checked = checks("individual", "wrong") - before;
        report("Basic, unknown email", answers, checked);
        assertThat(checked).as("wrong passwords actually checked").isBetween(1.0, (double) LIMIT);
        HttpResponse<String> known = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("known@example.org", "a wrong one"));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.statusCode()).isEqualTo(known.statusCode());
            assertThat(Http.json(a).getString("detail")).isEqualTo(Http.json(known).getString("detail"));
        });
    }

    @Test
    @DisplayName("64 parallel wrong passwords on /staff/login get at most 5 checks, and the right password is then refused")
    void staffForm() {
        platform.modules().staff().add("guessed-op@hearth.example", "operator password 1", Set.of("operator"));
        double before = checks("staff", "wrong");
        List<HttpResponse<String>> answers = formGuesses("/staff/login", "guessed-op@hearth.example");
        double checked = checks("staff", "wrong") - before;
        report("/staff/login", answers, checked);
        HttpResponse<String> right = new Http(platform.port()).login("/staff/login", "guessed-op@hearth.example", "operator password 1");
        assertThat(right.headers().firstValue("Location").orElse("")).as("the right password while locked").contains("/staff/login?error");
        assertThat(checked).as("wrong passwords actually checked").isBetween(1.0, (double) LIMIT);
    }

    @Test
    @DisplayName("64 parallel wrong passwords on /console/login get at most 5 checks, and the right password is then refused")
    void consoleForm() {
        HttpResponse<String> registered = new Http(platform.port()).postJson("/api/v1/tenants", "{\"name\":\"Guessed Co\",\"kind\":\"company\","
                + "\"contactEmail\":\"dpo@guessed.example\",\"admin\":{\"email\":\"admin@guessed.example\",\"password\":\"console admin pass\"}}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        double before = checks("member", "wrong");
        List<HttpResponse<String>> answers = formGuesses("/console/login", "admin@guessed.example");
        double checked = checks("member", "wrong") - before;
        report("/console/login", answers, checked);
        HttpResponse<String> right = new Http(platform.port()).login("/console/login", "admin@guessed.example", "console admin pass");
        assertThat(right.headers().firstValue("Location").orElse("")).as("the right password while locked").contains("/console/login?error");
        assertThat(checked).as("wrong passwords actually checked").isBetween(1.0, (double) LIMIT);
    }

    @Test
    @DisplayName("64 parallel wrong passwords to DELETE /api/v1/me get at most 5 checks, then 429 with Retry-After, and the right one erases nothing")
    void eraseRecheck() {
        String token = TestPlatform.individual(new Http(platform.port()), "erase@example.org", "the real password");
        Http http = new Http(platform.port());
        List<HttpResponse<String>> answers = parallel(i -> () -> http.deleteJson("/api/v1/me", "{\"password\":\"guess number " + i + "\"}",
                "Authorization", Http.bearer(token)));
        long wrong = answers.stream().filter(a -> a.statusCode() == 403).count();
        report("DELETE /api/v1/me", answers, wrong);
        assertThat(wrong).as("answered wrong_password").isBetween(1L, (long) LIMIT);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(403, 429));
        HttpResponse<String> right = http.deleteJson("/api/v1/me", "{\"password\":\"the real password\"}", "Authorization", Http.bearer(token));
        assertThat(right.statusCode()).as("the right password while locked: %s", right.body()).isEqualTo(429);
        assertThat(Http.json(right).getString("code")).isEqualTo("too_many_requests");
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(http.get("/api/v1/me", "Authorization", Http.bearer(token)).statusCode()).as("the account is still there").isEqualTo(200);
    }

    @Test
    @DisplayName("64 parallel wrong current passwords on the password change get at most 5 checks, and the right one then changes nothing")
    void passwordChangeRecheck() {
        signUp("change@example.org", "the real password");
        Http browser = new Http(platform.port());
        browser.login("/login", "change@example.org", "the real password");
        String csrf = Http.csrfToken(browser.get("/account/settings", "Accept", "text/html"));
        List<HttpResponse<String>> answers = parallel(i -> () -> browser.postForm("/account/settings/password",
                Map.of("pac4jCsrfToken", csrf, "current", "guess number " + i, "next", "a brand new password " + i), "Accept", "text/html"));
        long wrong = answers.stream().filter(a -> a.statusCode() == 422).count();
        report("password change", answers, wrong);
        assertThat(wrong).as("answered wrong password").isBetween(1L, (long) LIMIT);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(422, 429));
        HttpResponse<String> right = browser.postForm("/account/settings/password",
                Map.of("pac4jCsrfToken", csrf, "current", "the real password", "next", "a brand new password"), "Accept", "text/html");
        assertThat(right.statusCode()).as("the right password while locked").isEqualTo(429);
        assertThat(right.body()).doesNotContain("Your password is changed.");
    }

    @Test
    @DisplayName("When the lock ends the right password works again, and a success starts the count afresh")
    void lockEnds() {
        signUp("patient@example.org", "the real password");
        Http http = new Http(platform.port());
        for (int i = 0; i < LIMIT; i++) {
            assertThat(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("patient@example.org", "guess " + i)).statusCode()).isEqualTo(401);
        }
        Supplier<Integer> right = () -> http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("patient@example.org", "the real password")).statusCode();
        assertThat(right.get()).as("locked").isEqualTo(401);
        int[] last = {right.get()};
        Eventually.within(LOCK.multipliedBy(3), () -> (last[0] = right.get()) == 201);
        int status = last[0];
        assertThat(status).as("the right password after the lock").isEqualTo(201);
        for (int i = 0; i < LIMIT - 1; i++) {
            http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("patient@example.org", "again " + i));
        }
        assertThat(right.get()).as("four failures after a success do not lock").isEqualTo(201);
    }

    private static void signUp(String email, String password) {
        HttpResponse<String> created = new Http(platform.port()).postJson("/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Each guess from its own browser, with its own form and CSRF token, all posted at once. */
    private static List<HttpResponse<String>> formGuesses(String loginPath, String email) {
        String client = loginPath.startsWith("/staff") ? "StaffForm" : loginPath.startsWith("/console") ? "MemberForm" : "IndividualForm";
        List<Http> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            Http browser = new Http(platform.port());
            browsers.add(browser);
            tokens.add(Http.csrfToken(browser.get(loginPath, "Accept", "text/html")));
        }
        List<HttpResponse<String>> answers = parallel(i -> () -> browsers.get(i).postForm(loginPath + "/callback?client_name=" + client,
                Map.of("pac4jCsrfToken", tokens.get(i), "email", email, "password", "guess number " + i), "Accept", "text/html"));
        // Each answer is the form again (a redirect), never an error page, even for the first sign-ins the server sees.
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as("%s: %s", loginPath, a.body()).isEqualTo(303));
        return answers;
    }

    /** Runs the requests all at once (released together) and returns every answer. */
    private static List<HttpResponse<String>> parallel(IntFunction<java.util.concurrent.Callable<HttpResponse<String>>> request) {
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(GUESSES)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < GUESSES; i++) {
                java.util.concurrent.Callable<HttpResponse<String>> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The operator's count of password checks of one kind and outcome, from /metrics. */
    private static double checks(String kind, String outcome) {
        String metrics = TestPlatform.metrics(platform.port());
        Matcher m = Pattern.compile("(?m)^hearth_password_checks_total\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            if (m.group(1).contains("kind=\"" + kind + "\"") && m.group(1).contains("outcome=\"" + outcome + "\"")) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    private static void report(String what, List<HttpResponse<String>> answers, double checked) {
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.statusCode(), 1L, Long::sum));
        System.out.printf("[guessing] %s: %d parallel wrong guesses, %s checked as wrong, statuses %s%n", what, GUESSES, checked, byStatus);
    }

}
