package org.hearth.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The static files every page links to, served as files rather than inline so that the Content
 * Security Policy can refuse inline styles and scripts: the one stylesheet, and the one script,
 * which only enhances (every page works without it). Each address carries a hash of its content,
 * so it can be cached for a year and still change with a release.
 */
public final class StaticAssets {

    /** One static file: where it is served, what it holds, as what. */
    public record Asset(String path, byte[] content, String contentType) {

        /** The address pages link to: the path plus a version that changes with the content. */
        public String href() {
            return path + "?v=" + version(content);
        }

        public byte[] bytes() {
            return content.clone();
        }
    }

    public static final Asset CSS = load("/static/hearth.css", "text/css; charset=utf-8");
    public static final Asset SCRIPT = load("/static/hearth.js", "text/javascript; charset=utf-8");
    public static final List<Asset> ALL = List.of(CSS, SCRIPT);
    public static final String HREF = CSS.href();
    public static final String SCRIPT_HREF = SCRIPT.href();

    private StaticAssets() {
    }

    private static Asset load(String path, String contentType) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path.substring(1) + " is missing from the classpath");
            }
            return new Asset(path, in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
