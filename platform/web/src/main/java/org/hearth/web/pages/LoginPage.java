package org.hearth.web.pages;

import java.util.List;

/** The sign-in form (individuals, staff, team members): {@code login.jte}'s model. */
public record LoginPage(Messages m, String action, String csrf, List<String> notices, boolean failed, boolean individual,
                        List<LoginOption> options) {
}
