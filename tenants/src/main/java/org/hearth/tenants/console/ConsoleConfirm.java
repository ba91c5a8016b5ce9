package org.hearth.tenants.console;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.hearth.web.pages.Messages;

/**
 * The console's destructive actions ask first: {@code GET <action>} is a page that says what will
 * happen, with "Yes" and "No, go back"; {@code POST <action>} without {@code confirmed=yes} changes
 * nothing and leads to that page.
 */
final class ConsoleConfirm {

    private ConsoleConfirm() {
    }

    /** Put before a destructive POST: lets it through only when the confirmation page sent it. */
    static Handler<RoutingContext> required() {
        return rc -> {
            if ("yes".equals(rc.request().getFormAttribute("confirmed"))) {
                rc.next();
            } else {
                ConsoleContext.redirect(rc, rc.request().path());
            }
        };
    }

    /** Shows the page that asks; the form posts to the path it was asked at. */
    static void ask(ConsoleContext kit, RoutingContext rc, Messages m, String title, String question, List<String> consequences,
                    String button, String back) {
        kit.send(rc, m, title, "confirm.jte", new ConsoleModels.Confirm(m, kit.csrf(rc), question, consequences, rc.request().path(), button, back));
    }
}
