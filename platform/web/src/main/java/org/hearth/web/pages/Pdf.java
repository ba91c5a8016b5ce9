package org.hearth.web.pages;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * HTML to an accessible PDF (PDF/A-3u, tagged for PDF/UA), with the DejaVu fonts shipped in the
 * build so a document renders the same on every machine. Invoices, reports and the GDPR evidence
 * print from the same XHTML templates as their pages. openhtmltopdf renders the XHTML as a tagged
 * PDF/A-3u (the base Factur-X needs), with DejaVu Sans embedded (PDF/A allows no font it does not
 * carry) and the JDK's sRGB profile as output intent.
 */
public final class Pdf {

    public static final String FONT = "DejaVu Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Pdf() {
    }

    /** The PDF of a well-formed XHTML document whose styles name {@link #FONT}. */
    public static byte[] of(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        builder.usePdfUaAccessibility(true);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = Pdf.class.getResourceAsStream("/pdf/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font pdf/fonts/" + file + " is missing from the build");
        }
        return in;
    }
}
