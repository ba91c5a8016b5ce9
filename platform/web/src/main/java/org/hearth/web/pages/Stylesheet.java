package org.hearth.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one stylesheet of every page, served as a file rather than inline so that the Content
 * Security Policy can refuse inline styles. Its address carries a hash of its content, so it can
 * be cached for a year and still change with a release.
 */
public final class Stylesheet {

    public static final String PATH = "/static/hearth.css";
    private static final byte[] CONTENT = load();
    /** The address pages link to: the path plus a version that changes with the content. */
    public static final String HREF = PATH + "?v=" + version(CONTENT);

    private Stylesheet() {
    }

    public static byte[] content() {
        return CONTENT.clone();
    }

    private static byte[] load() {
        try (InputStream in = Stylesheet.class.getResourceAsStream("/static/hearth.css")) {
            if (in == null) {
                throw new IllegalStateException("static/hearth.css is missing from the classpath");
            }
            return in.readAllBytes();
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
