package org.hearth.tenants.billing.documents;

import java.io.ByteArrayOutputStream;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Mustang 2.16.2 writes category {@code O} (not subject to VAT) as if it had a rate: a VAT rate
 * on each line, against BR-O-05, and no exemption reason in the breakdown, against BR-O-10. This
 * takes the rate off those lines and puts the document's reason in (BT-120, after the type code
 * as the CII schema orders it). Nothing else is touched; drop it once Mustang writes {@code O} right.
 */
final class OutOfScopeRepair {

    private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    private OutOfScopeRepair() {
    }

    static byte[] repair(byte[] xml, String reason) {
        Document dom = XmlAmounts.parse(xml);
        NodeList taxes = dom.getElementsByTagNameNS(RAM, "ApplicableTradeTax");
        for (int i = 0; i < taxes.getLength(); i++) {
            Element tax = (Element) taxes.item(i);
            if (!"O".equals(child(tax, "CategoryCode").map(Node::getTextContent).orElse(""))) {
                continue;
            }
            if ("SpecifiedLineTradeSettlement".equals(tax.getParentNode().getLocalName())) {
                child(tax, "RateApplicablePercent").ifPresent(tax::removeChild);
            } else if (child(tax, "ExemptionReason").isEmpty()) {
                Element text = dom.createElementNS(RAM, tax.getPrefix() == null ? "ExemptionReason" : tax.getPrefix() + ":ExemptionReason");
                text.setTextContent(reason);
                Element type = child(tax, "TypeCode").orElseThrow();
                tax.insertBefore(text, type.getNextSibling());
            }
        }
        return write(dom);
    }

    private static java.util.Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    private static byte[] write(Document dom) {
        try {
            var transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(dom), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write the CII XML", e);
        }
    }
}
