package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.hearth.tenants.clients.ClientCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The four kinds of callers, each on its protected route: 401 without credentials, 403 with
 * credentials of the wrong kind or role, 200 with the right ones.
 */
class CallerAccessIT {

    private static final String EMAIL = "ada@example.org";
    private static final String PASSWORD = "analytical engine 1843";
    private static Platform platform;
    private static String personalToken;
    private static String tenantToken;
    private static ClientCredentials client;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start();
        Http http = new Http(platform.port());
        assertThat(http.postJson("/api/v1/accounts", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> created = http.postJson("/api/v1/me/tokens", "{\"name\":\"tests\"}", "Authorization", Http.basic(EMAIL, PASSWORD));
        assertThat(created.statusCode()).isEqualTo(201);
        personalToken = Http.json(created).getString("token");
        client = platform.modules().tenants().clients().createTenantWithClient("Acme Bank", "company");
        HttpResponse<String> token = http.postForm("/oauth/token", Map.of("grant_type", "client_credentials"),
                "Authorization", Http.basic(client.clientId(), client.clientSecret()));
        assertThat(token.statusCode()).isEqualTo(200);
        tenantToken = Http.json(token).getString("access_token");
        platform.modules().staff().add("op@hearth.example", "operator password 1", Set.of("operator"));
        platform.modules().staff().add("board@hearth.example", "board member password", Set.of("board"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Http http() {
        return new Http(platform.port());
    }

    @Nested
    class PersonalAccessTokens {
        @Test
        @DisplayName("GET /api/v1/me: 401 without a token, 403 with a tenant's token, 200 with the individual's")
        void me() {
            assertThat(http().get("/api/v1/me").statusCode()).isEqualTo(401);
            assertThat(http().get("/api/v1/me", "Authorization", Http.bearer("hpat_not-a-real-token")).statusCode()).isEqualTo(401);
            assertThat(http().get("/api/v1/me", "Authorization", Http.bearer(tenantToken)).statusCode()).isEqualTo(403);
            HttpResponse<String> ok = http().get("/api/v1/me", "Authorization", Http.bearer(personalToken));
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(Http.json(ok).getString("kind")).isEqualTo("individual");
            assertThat(ok.headers().allValues("Set-Cookie")).as("a token call creates no server-side session").isEmpty();
        }

        @Test
        @DisplayName("A revoked personal access token stops working at once")
        void revokedToken() {
            Http http = http();
            HttpResponse<String> created = http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic(EMAIL, PASSWORD));
            String token = Http.json(created).getString("token");
            String id = Http.json(created).getString("id");
            assertThat(http.get("/api/v1/me", "Authorization", Http.bearer(token)).statusCode()).isEqualTo(200);
            assertThat(http.delete("/api/v1/me/tokens/" + id, "Authorization", Http.bearer(token)).statusCode()).isEqualTo(204);
            assertThat(http.get("/api/v1/me", "Authorization", Http.bearer(token)).statusCode()).isEqualTo(401);
            assertThat(http.delete("/api/v1/me/tokens/" + id, "Authorization", Http.bearer(personalToken)).statusCode()).isEqualTo(404);
        }

        @Test
        @DisplayName("Creating a token needs the password now: a wrong one gets 401, and tokens are listed without secrets")
        void tokenCreationNeedsThePassword() {
            assertThat(http().postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic(EMAIL, "wrong password!")).statusCode()).isEqualTo(401);
            assertThat(http().postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic("nobody@example.org", PASSWORD)).statusCode()).isEqualTo(401);
            HttpResponse<String> list = http().get("/api/v1/me/tokens", "Authorization", Http.bearer(personalToken));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"name\":\"tests\"").doesNotContain(personalToken).doesNotContain("hpat_");
        }
    }

    @Nested
    class TenantAccessTokens {
        @Test
        @DisplayName("GET /api/v1/tenant: 401 without a token, 403 with a personal token, 200 with the tenant's JWT")
        void tenant() {
            assertThat(http().get("/api/v1/tenant").statusCode()).isEqualTo(401);
            assertThat(http().get("/api/v1/tenant", "Authorization", Http.bearer(personalToken)).statusCode()).isEqualTo(403);
            HttpResponse<String> ok = http().get("/api/v1/tenant", "Authorization", Http.bearer(tenantToken));
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(Http.json(ok).getString("name")).isEqualTo("Acme Bank");
            assertThat(Http.json(ok).getString("clientId")).isEqualTo(client.clientId());
        }

        @Test
        @DisplayName("A tampered JWT is refused with 401")
        void tamperedToken() {
            String[] parts = tenantToken.split("\\.");
            String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
            assertThat(http().get("/api/v1/tenant", "Authorization", Http.bearer(forged)).statusCode()).isEqualTo(401);
        }

        @Test
        @DisplayName("POST /oauth/token: a wrong secret gets 401 invalid_client, another grant 400, form fields work too")
        void tokenEndpoint() {
            HttpResponse<String> wrong = http().postForm("/oauth/token", Map.of("grant_type", "client_credentials"),
                    "Authorization", Http.basic(client.clientId(), "hcs_wrong"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(Http.json(wrong).getString("error")).isEqualTo("invalid_client");
            HttpResponse<String> grant = http().postForm("/oauth/token", Map.of("grant_type", "password"));
            assertThat(grant.statusCode()).isEqualTo(400);
            assertThat(Http.json(grant).getString("error")).isEqualTo("unsupported_grant_type");
            HttpResponse<String> post = http().postForm("/oauth/token", Map.of("grant_type", "client_credentials",
                    "client_id", client.clientId(), "client_secret", client.clientSecret()));
            assertThat(post.statusCode()).isEqualTo(200);
            assertThat(Http.json(post).getString("token_type")).isEqualTo("Bearer");
            assertThat(post.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Nested
    class StaffRoles {
        @Test
        @DisplayName("GET /api/v1/operator/overview: 401 anonymous, 403 for a board member or an individual, 200 for an operator")
        void operator() {
            assertThat(http().get("/api/v1/operator/overview").statusCode()).isEqualTo(401);
            assertThat(http().get("/api/v1/operator/overview", "Authorization", Http.bearer(personalToken)).statusCode()).isEqualTo(403);
            Http board = http();
            board.login("/staff/login", "board@hearth.example", "board member password");
            assertThat(board.get("/api/v1/operator/overview").statusCode()).isEqualTo(403);
            Http operator = http();
            assertThat(operator.login("/staff/login", "op@hearth.example", "operator password 1").headers().firstValue("Location")).hasValue("/staff");
            HttpResponse<String> ok = operator.get("/api/v1/operator/overview");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(Http.json(ok).getLong("individuals")).isEqualTo(1L);
            assertThat(Http.json(ok).getLong("tenants")).isEqualTo(1L);
        }

        @Test
        @DisplayName("GET /api/v1/board/charter: 401 anonymous, 403 for an operator, 200 for a board member")
        void board() {
            assertThat(http().get("/api/v1/board/charter").statusCode()).isEqualTo(401);
            Http operator = http();
            operator.login("/staff/login", "op@hearth.example", "operator password 1");
            assertThat(operator.get("/api/v1/board/charter").statusCode()).isEqualTo(403);
            Http board = http();
            board.login("/staff/login", "board@hearth.example", "board member password");
            HttpResponse<String> ok = board.get("/api/v1/board/charter");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(Http.json(ok).getString("legalProfile")).isEqualTo("uk-cic");
            assertThat(Http.json(ok).getJsonArray("dividendCap").getJsonObject(0).getString("rate")).isEqualTo("0.35");
        }

        @Test
        @DisplayName("A staff session ends as soon as the member loses the role it was opened with")
        void revokedRoleEndsTheSession() {
            platform.modules().staff().add("temp@hearth.example", "temporary operator", Set.of("operator"));
            Http operator = http();
            operator.login("/staff/login", "temp@hearth.example", "temporary operator");
            assertThat(operator.get("/api/v1/operator/overview").statusCode()).isEqualTo(200);
            platform.modules().staff().add("temp@hearth.example", "temporary operator", Set.of("board"));
            assertThat(operator.get("/api/v1/operator/overview").statusCode()).isEqualTo(401);
        }

        @Test
        @DisplayName("A wrong staff password goes back to the form with a generic error and no email in the URL")
        void wrongStaffPassword() {
            HttpResponse<String> response = http().login("/staff/login", "op@hearth.example", "not the password");
            assertThat(response.statusCode()).isBetween(302, 303);
            assertThat(response.headers().firstValue("Location")).hasValue("/staff/login?error=invalid");
        }
    }

    @Nested
    class BrowserSessions {
        @Test
        @DisplayName("/account: 401 for a program, a redirect to /login for a browser, 403 for staff, 200 for the individual")
        void accountPage() {
            assertThat(http().get("/account").statusCode()).isEqualTo(401);
            HttpResponse<String> browser = http().get("/account", "Accept", "text/html");
            assertThat(browser.statusCode()).isBetween(302, 303);
            assertThat(browser.headers().firstValue("Location").orElse("")).endsWith("/login");
            Http staff = http();
            staff.login("/staff/login", "op@hearth.example", "operator password 1");
            assertThat(staff.get("/account", "Accept", "text/html").statusCode()).isEqualTo(403);
            Http individual = http();
            HttpResponse<String> login = individual.login("/login", EMAIL, PASSWORD);
            assertThat(login.headers().firstValue("Location")).hasValue("/account");
            HttpResponse<String> page = individual.get("/account", "Accept", "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>My data</h1>");
        }

        @Test
        @DisplayName("A signed-in individual's form posts need the CSRF token: without it 403 and nothing made")
        void csrfProtectsForms() {
            Http browser = http();
            browser.login("/login", EMAIL, PASSWORD);
            HttpResponse<String> page = browser.get("/account/settings", "Accept", "text/html");
            HttpResponse<String> forged = browser.postForm("/account/settings/tokens", Map.of("name", "forged"), "Accept", "text/html");
            assertThat(forged.statusCode()).isEqualTo(403);
            HttpResponse<String> empty = browser.postForm("/account/settings/tokens", Map.of("name", "forged", "pac4jCsrfToken", ""), "Accept", "text/html");
            assertThat(empty.statusCode()).as("an empty CSRF token").isEqualTo(403);
            HttpResponse<String> real = browser.postForm("/account/settings/tokens", Map.of("name", "from the page", "pac4jCsrfToken", Http.csrfToken(page)),
                    "Accept", "text/html");
            assertThat(real.statusCode()).isEqualTo(200);
            assertThat(real.body()).contains("id=\"new-token\">hpat_");
            HttpResponse<String> list = http().get("/api/v1/me/tokens", "Authorization", Http.bearer(personalToken));
            assertThat(list.body()).contains("from the page").doesNotContain("forged");
        }

        @Test
        @DisplayName("The login form refuses a post without its CSRF token, and a session works on the API with the token")
        void loginCsrfAndSessionOnApi() {
            HttpResponse<String> noToken = http().postForm("/login/callback?client_name=IndividualForm",
                    Map.of("email", EMAIL, "password", PASSWORD), "Accept", "text/html");
            assertThat(noToken.statusCode()).isEqualTo(403);
            Http browser = http();
            browser.login("/login", EMAIL, PASSWORD);
            assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(200);
            HttpResponse<String> page = browser.get("/account", "Accept", "text/html");
            assertThat(browser.postJson("/api/v1/me/tokens", "{}").statusCode()).isEqualTo(403);
            assertThat(browser.postJson("/api/v1/me/tokens", "{}", "pac4jCsrfToken", Http.csrfToken(page)).statusCode()).isEqualTo(201);
        }

        @Test
        @DisplayName("Credentials in a URL never sign anyone in, and a callback refuses another client's name")
        void noLoginFromAUrl() {
            Http browser = http();
            String csrf = Http.csrfToken(browser.get("/login", "Accept", "text/html"));
            HttpResponse<String> fromQuery = browser.postForm("/login/callback?client_name=IndividualForm&email=" + EMAIL + "&password="
                    + PASSWORD.replace(" ", "+"), Map.of("pac4jCsrfToken", csrf), "Accept", "text/html");
            assertThat(fromQuery.headers().firstValue("Location").orElse("")).startsWith("/login");
            assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
            HttpResponse<String> otherClient = browser.postForm("/login/callback?client_name=StaffForm",
                    Map.of("pac4jCsrfToken", csrf, "email", "op@hearth.example", "password", "operator password 1"), "Accept", "text/html");
            assertThat(otherClient.statusCode()).isEqualTo(400);
            assertThat(browser.get("/api/v1/operator/overview").statusCode()).isEqualTo(401);
        }

        @Test
        @DisplayName("Signing out ends the session")
        void logout() {
            Http browser = http();
            browser.login("/login", EMAIL, PASSWORD);
            HttpResponse<String> page = browser.get("/account", "Accept", "text/html");
            HttpResponse<String> out = browser.postForm("/logout", Map.of("pac4jCsrfToken", Http.csrfToken(page)), "Accept", "text/html");
            assertThat(out.statusCode()).isBetween(302, 303);
            assertThat(browser.get("/account").statusCode()).isEqualTo(401);
        }
    }

    /** 401 means no or an invalid credential; a valid credential that is not accepted here is 403, whatever its kind. */
    @Nested
    class WrongKindOfCredential {

        private void forbidden(HttpResponse<String> response, String what) {
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
            assertThat(Http.json(response).getString("code")).as(what).isEqualTo("forbidden");
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).isEmpty();
        }

        @Test
        @DisplayName("POST /api/v1/me/tokens (password only): 403 with a tenant's JWT or a personal token, 401 with an invalid one")
        void tokenCreationWithATokenIsForbidden() {
            forbidden(http().postJson("/api/v1/me/tokens", "{}", "Authorization", Http.bearer(tenantToken)), "tenant JWT");
            forbidden(http().postJson("/api/v1/me/tokens", "{}", "Authorization", Http.bearer(personalToken)), "personal token");
            assertThat(http().postJson("/api/v1/me/tokens", "{}", "Authorization", Http.bearer("hpat_forged")).statusCode()).isEqualTo(401);
            assertThat(http().postJson("/api/v1/me/tokens", "{}", "Authorization", Http.bearer("eyJhbGciOiJFUzI1NiJ9.e30.AAAA")).statusCode()).isEqualTo(401);
        }

        @Test
        @DisplayName("Pages (browser sessions only): 403 for a program sending a valid token, 401 for an invalid one")
        void tokensOnPagesAreForbidden() {
            forbidden(http().get("/account", "Authorization", Http.bearer(personalToken)), "personal token on /account");
            forbidden(http().get("/console", "Authorization", Http.bearer(tenantToken)), "tenant JWT on /console");
            forbidden(http().get("/staff", "Authorization", Http.bearer(personalToken)), "personal token on /staff");
            assertThat(http().get("/account", "Authorization", Http.bearer("hpat_forged")).statusCode()).isEqualTo(401);
        }

        @Test
        @DisplayName("Bearer-only operations: 403 for an individual's valid password over HTTP Basic, 401 for a wrong one")
        void passwordWhereATokenIsNeeded() {
            forbidden(http().get("/api/v1/me", "Authorization", Http.basic(EMAIL, PASSWORD)), "Basic on /api/v1/me");
            assertThat(http().get("/api/v1/me", "Authorization", Http.basic(EMAIL, "not the password")).statusCode()).isEqualTo(401);
        }

        @Test
        @DisplayName("Sessions of the wrong kind: 403 for staff on the tenant API and for an individual on the staff API")
        void sessionsOfTheWrongKind() {
            Http staff = http();
            staff.login("/staff/login", "op@hearth.example", "operator password 1");
            forbidden(staff.get("/api/v1/tenant"), "staff session on the tenant API");
            Http individual = http();
            individual.login("/login", EMAIL, PASSWORD);
            forbidden(individual.get("/api/v1/operator/overview"), "individual session on the staff API");
            forbidden(http().get("/api/v1/operator/overview", "Authorization", Http.bearer(tenantToken)), "tenant JWT on the staff API");
        }
    }
}
