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
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Hearth</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
                label{display:block;margin-top:1rem;font-weight:600}
                input{font-size:1rem;padding:.4rem;width:100%%;box-sizing:border-box}
                button{margin-top:1rem;font-size:1rem;padding:.5rem 1rem}
                .error{color:#a00;border-left:4px solid #a00;padding-left:.5rem}
                code{word-break:break-all}
                :focus{outline:3px solid #36c;outline-offset:2px}
                </style>
                </head>
                <body>
                <header><a href="/">Hearth</a></header>
                <main id="main">
                %s
                </main>
                </body>
                </html>
                """.formatted(esc(title), body);
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
