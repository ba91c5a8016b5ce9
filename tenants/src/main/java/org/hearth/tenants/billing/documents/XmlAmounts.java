package org.hearth.tenants.billing.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The amounts a CII XML states, read back: the document type, each line's net amount, the VAT
 * breakdown and the totals. Generation checks them against the {@link InvoiceDocument} it came
 * from, so an XML whose figures differ from the invoice's by a cent is never handed out.
 */
record XmlAmounts(String typeCode, Map<String, BigDecimal> lineNets, List<Tax> taxes, BigDecimal lineTotal,
                  BigDecimal taxBasis, BigDecimal vatTotal, BigDecimal grandTotal, BigDecimal prepaid, BigDecimal due) {

    record Tax(String category, BigDecimal rate, BigDecimal basis, BigDecimal tax) {
    }

    private static final String SUMMATION = "//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='%s']";

    static XmlAmounts of(byte[] xml) {
        try {
            Document dom = parse(xml);
            XPath xpath = XPathFactory.newDefaultInstance().newXPath();
            Map<String, BigDecimal> lines = new LinkedHashMap<>();
            NodeList items = nodes(xpath, dom, "//*[local-name()='IncludedSupplyChainTradeLineItem']");
            for (int i = 0; i < items.getLength(); i++) {
                Node item = items.item(i);
                lines.put(xpath.evaluate(".//*[local-name()='LineID']", item),
                        new BigDecimal(xpath.evaluate(".//*[local-name()='SpecifiedTradeSettlementLineMonetarySummation']/*[local-name()='LineTotalAmount']", item)));
            }
            List<Tax> taxes = new ArrayList<>();
            NodeList headerTaxes = nodes(xpath, dom, "//*[local-name()='ApplicableHeaderTradeSettlement']/*[local-name()='ApplicableTradeTax']");
            for (int i = 0; i < headerTaxes.getLength(); i++) {
                Node tax = headerTaxes.item(i);
                taxes.add(new Tax(xpath.evaluate("*[local-name()='CategoryCode']", tax),
                        new BigDecimal(xpath.evaluate("*[local-name()='RateApplicablePercent']", tax)),
                        new BigDecimal(xpath.evaluate("*[local-name()='BasisAmount']", tax)),
                        new BigDecimal(xpath.evaluate("*[local-name()='CalculatedAmount']", tax))));
            }
            String prepaid = xpath.evaluate(SUMMATION.formatted("TotalPrepaidAmount"), dom);
            return new XmlAmounts(xpath.evaluate("//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode']", dom),
                    lines, List.copyOf(taxes), amount(xpath, dom, "LineTotalAmount"), amount(xpath, dom, "TaxBasisTotalAmount"),
                    amount(xpath, dom, "TaxTotalAmount"), amount(xpath, dom, "GrandTotalAmount"),
                    prepaid.isBlank() ? BigDecimal.ZERO : new BigDecimal(prepaid), amount(xpath, dom, "DuePayableAmount"));
        } catch (XPathExpressionException | NumberFormatException e) {
            throw new IllegalStateException("the CII XML lacks an amount: " + e.getMessage(), e);
        }
    }

    /** Fails unless every amount here is the document's own. */
    void requireEqual(InvoiceDocument doc) {
        List<String> differences = new ArrayList<>();
        same(differences, "type", doc.type().code(), typeCode);
        for (InvoiceLine line : doc.lines()) {
            BigDecimal net = lineNets.get(line.id());
            if (net == null || net.compareTo(line.net().amount()) != 0) {
                differences.add("line " + line.id() + ": " + line.net().amount() + " but the XML says " + net);
            }
        }
        same(differences, "lines", doc.lines().size(), lineNets.size());
        same(differences, "VAT categories", doc.vat().size(), taxes.size());
        for (VatBreakdown b : doc.vat()) {
            boolean found = taxes.stream().anyMatch(t -> t.category().equals(b.category().name()) && t.rate().compareTo(b.rate()) == 0
                    && t.basis().compareTo(b.basis().amount()) == 0 && t.tax().compareTo(b.tax().amount()) == 0);
            if (!found) {
                differences.add("VAT " + b.category() + " " + b.rate() + "%: " + b.basis() + " / " + b.tax() + " not in the XML " + taxes);
            }
        }
        Totals t = doc.totals();
        equal(differences, "line total", t.lineTotal().amount(), lineTotal);
        equal(differences, "tax basis", t.taxBasis().amount(), taxBasis);
        equal(differences, "VAT total", t.vatTotal().amount(), vatTotal);
        equal(differences, "grand total", t.grandTotal().amount(), grandTotal);
        equal(differences, "prepaid", t.prepaid().amount(), prepaid);
        equal(differences, "due", t.due().amount(), due);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("the CII XML of " + doc.number() + " differs from the invoice: " + differences);
        }
    }

    private static void same(List<String> differences, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(what + ": " + expected + " but the XML says " + actual);
        }
    }

    private static void equal(List<String> differences, String what, BigDecimal expected, BigDecimal actual) {
        if (expected.compareTo(actual) != 0) {
            differences.add(what + ": " + expected.toPlainString() + " but the XML says " + actual.toPlainString());
        }
    }

    private static BigDecimal amount(XPath xpath, Document dom, String name) throws XPathExpressionException {
        return new BigDecimal(xpath.evaluate(SUMMATION.formatted(name), dom));
    }

    private static NodeList nodes(XPath xpath, Document dom, String expression) throws XPathExpressionException {
        return (NodeList) xpath.evaluate(expression, dom, XPathConstants.NODESET);
    }

    /** The JDK's own parser (not whichever a library registers, such as Saxon), reading no DTD and fetching nothing. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }
}
