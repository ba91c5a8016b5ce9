package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Without an SMTP server (the embedded run's default), mail is kept in the local outbox: the list
 * names no one, and the operator opening a person's mail shows in that person's access log.
 */
class LocalOutboxIT {

    private static final String PASSWORD = "kept mail reader";
    private static Platform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("/staff/outbox lists kept mail without addresses; opening one shows it and is written to its owner's access log; only operators may")
    void theOperatorReadsKeptMailAndThePersonSeesIt() {
        Http http = new Http(platform.port());
        TestPlatform.individual(http, "kept@example.org", PASSWORD);
        Staff operator = Staff.signIn(platform, "outbox@hearth.example", "outbox operator password", Set.of("operator"));
        Staff board = Staff.signIn(platform, "board-outbox@hearth.example", "board member password", Set.of("board"));

        Eventually.await(Duration.ofSeconds(30), "the confirmation in the outbox",
                () -> operator.http.get("/staff/outbox", "Accept", "text/html").body().contains("Confirm your e-mail address for Hearth"));
        HttpResponse<String> list = operator.http.get("/staff/outbox", "Accept", "text/html");
        assertThat(list.body()).contains("to an individual").doesNotContain("kept@example.org");
        assertThat(board.http.get("/staff/outbox", "Accept", "text/html").statusCode()).as("board members are not operators").isEqualTo(403);

        Matcher link = Pattern.compile("href=\"(/staff/outbox/[0-9a-f-]{36})\"").matcher(list.body());
        assertThat(link.find()).isTrue();
        HttpResponse<String> opened = operator.http.get(link.group(1), "Accept", "text/html");
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("kept@example.org").contains("/account/confirm-email?token=hconf_")
                .contains("is now in its recipient");
        assertThat(operator.http.get("/staff/outbox/00000000-0000-4000-8000-000000000000", "Accept", "text/html").statusCode()).isEqualTo(404);

        Http person = new Http(platform.port());
        person.login("/login", "kept@example.org", PASSWORD);
        String log = person.get("/account/access-log?lang=en", "Accept", "text/html").body();
        assertThat(log).contains("read a message Hearth kept for you").contains("Message: \"Confirm your e-mail address for Hearth\"");
        HttpResponse<String> notices = person.get("/account/notifications?lang=en", "Accept", "text/html");
        assertThat(notices.body()).contains("Notices go to kept@example.org.").contains("This address is not confirmed yet")
                .contains("sending e-mail is not set up yet");
    }
}
