package org.hearth.tenants.billing.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * A PDF/A-3 with the CII XML embedded as {@code factur-x.xml}, and the XMP metadata that says
 * so (Factur-X 1.0 / ZUGFeRD 2.x, profile EN 16931), made by Mustang.
 */
final class FacturX {

    static final String ATTACHMENT = "factur-x.xml";

    private FacturX() {
    }

    static byte[] of(byte[] pdfA3, byte[] xml, String producer) {
        try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
            exporter.setZUGFeRDVersion(2)
                    .setProfile(CiiXml.PROFILE)
                    .setConformanceLevel(PDFAConformanceLevel.UNICODE)
                    .setProducer(producer)
                    .setCreator(producer);
            exporter.load(pdfA3);
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
