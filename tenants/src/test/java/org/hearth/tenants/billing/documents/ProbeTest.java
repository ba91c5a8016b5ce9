package org.hearth.tenants.billing.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        InvoiceDocuments docs = new InvoiceDocuments("Hearth");
        long t0 = System.nanoTime();
        byte[] xml = docs.xml(Invoices.standard());
        Files.write(Path.of("/tmp/einv-standard.xml"), xml);
        long t1 = System.nanoTime();
        Validation v = docs.validate(xml);
        long t2 = System.nanoTime();
        System.out.println("XML gen ms " + (t1 - t0) / 1e6 + " validate ms " + (t2 - t1) / 1e6 + " " + v.valid() + " " + v.errors());
        Files.writeString(Path.of("/tmp/einv-report-xml.xml"), v.report());
        Files.writeString(Path.of("/tmp/einv-standard.html"), docs.html(Invoices.standard(), "fr"));
        byte[] pdf = docs.pdf(Invoices.standard(), "fr");
        Files.write(Path.of("/tmp/einv-standard.pdf"), pdf);
        long t3 = System.nanoTime();
        Validation vp = docs.validate(pdf);
        long t4 = System.nanoTime();
        System.out.println("PDF gen ms " + (t3 - t2) / 1e6 + " validate ms " + (t4 - t3) / 1e6 + " " + vp.valid() + " " + vp.errors());
        Files.writeString(Path.of("/tmp/einv-report-pdf.xml"), vp.report());
    }
}
