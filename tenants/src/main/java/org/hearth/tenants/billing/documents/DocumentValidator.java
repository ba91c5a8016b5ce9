package org.hearth.tenants.billing.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mustang's validator on a Factur-X PDF (PDF/A-3 by veraPDF, then the embedded XML) or a bare CII
 * XML (XML schema, then the EN 16931 schematron), its XML report read into a {@link Validation}.
 */
final class DocumentValidator {

    /** Schematron messages end with the rule's id, such as {@code [ID BR-CO-15]}. */
    private static final Pattern RULE_ID = Pattern.compile("\\[ID ([^\\]]+)\\]");
    private static final Set<String> FAILURES = Set.of("error", "fatal", "exception");

    private DocumentValidator() {
    }

    static Validation validate(byte[] document) {
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        validator.disableNotices();
        String report = validator.validate(document, isPdf(document) ? "invoice.pdf" : "invoice.xml");
        List<Validation.Problem> errors = errors(report);
        boolean valid = validator.wasCompletelyValid() && errors.isEmpty();
        if (!valid && errors.isEmpty()) {
            errors = List.of(new Validation.Problem("document", "", "the validator found the document invalid"));
        }
        return new Validation(valid, errors, report);
    }

    private static boolean isPdf(byte[] document) {
        return document.length > 4 && new String(document, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    private static List<Validation.Problem> errors(String report) {
        Document dom = XmlAmounts.parse(report.getBytes(StandardCharsets.UTF_8));
        List<Validation.Problem> errors = new ArrayList<>();
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (FAILURES.contains(e.getLocalName() == null ? e.getTagName() : e.getLocalName())) {
                String message = e.getTextContent().strip();
                Matcher id = RULE_ID.matcher(message);
                errors.add(new Validation.Problem(part(e), id.find() ? id.group(1) : e.getAttribute("type"), message));
            }
        }
        return List.copyOf(errors);
    }

    private static String part(Node node) {
        for (Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if ("pdf".equals(n.getNodeName()) || "xml".equals(n.getNodeName())) {
                return n.getNodeName();
            }
        }
        return "document";
    }
}
