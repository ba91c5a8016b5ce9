package org.hearth.web.pages;

/**
 * Minimal, escaped HTML building for the few server-rendered pages. Every dynamic value goes
 * through {@link #esc}; a page is a layout around fragments built here.
 */
public final class Html {

    private Html() {
    }

    public static String esc(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code body} must already be escaped HTML. */
    public static String page(String title, String body) {
        return page("en", title, "", body);
    }

    /** A page in {@code language} with a navigation bar ({@code nav}, escaped HTML, may be empty). */
    public static String page(String language, String title, String nav, String body) {
        return """
                <!doctype html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Hearth</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header><a href="/">Hearth</a>%s</header>
                <main id="main" tabindex="-1">
                %s
                </main>
                </body>
                </html>
                """.formatted(esc(language), esc(title), Stylesheet.HREF, nav, body);
    }

    public static String errorPage(int status, String title, String detail, String requestId) {
        return page(title, "<h1>" + esc(title) + "</h1><p>" + esc(detail) + "</p><p><small>Status " + status
                + (requestId.isEmpty() ? "" : " · request " + esc(requestId)) + "</small></p>");
    }

    public static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }

    public static String field(String id, String label, String type, String autocomplete) {
        return "<label for=\"" + id + "\">" + esc(label) + "</label><input id=\"" + id + "\" name=\"" + id
                + "\" type=\"" + type + "\" autocomplete=\"" + autocomplete + "\" required>";
    }
}
