package org.hearth.datastore.imports;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A bank statement as ISO 20022 CAMT.053 XML (any version: elements are matched by local name):
 * one bank transaction per booked entry ({@code Ntry}), its amount signed by {@code CdtDbtInd},
 * dated by its booking date, named by the other party and the remittance text. The XML is read
 * with DTDs and external entities off.
 */
final class CamtFormat implements ImportFormat {

    @Override
    public String code() {
        return "camt";
    }

    @Override
    public boolean recognises(String filename, String head) {
        return head.contains("camt.053") || head.contains("BkToCstmrStmt");
    }

    /** An entry being read. */
    private static final class Entry {
        BigDecimal amount;
        String currency;
        boolean debit;
        String date;
        String counterparty;
        String description;
        String info;
    }

    @Override
    public List<ImportedRecord> read(byte[] file) {
        List<ImportedRecord> records = new ArrayList<>();
        try {
            XMLStreamReader xml = Text.safeXml().createXMLStreamReader(new ByteArrayInputStream(file));
            Deque<String> path = new ArrayDeque<>();
            String account = null;
            Entry entry = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = path.peek();
                    path.push(name);
                    if ("Ntry".equals(name)) {
                        entry = new Entry();
                    } else if (entry == null && "IBAN".equals(name) && path.contains("Acct") && account == null) {
                        account = text(xml, path);
                    } else if (entry != null) {
                        switch (name) {
                            case "Amt" -> {
                                if (entry.amount == null) {
                                    entry.currency = xml.getAttributeValue(null, "Ccy");
                                    entry.amount = new BigDecimal(text(xml, path));
                                }
                            }
                            case "CdtDbtInd" -> {
                                if ("Ntry".equals(parent)) {
                                    entry.debit = "DBIT".equals(text(xml, path));
                                }
                            }
                            case "Dt", "DtTm" -> {
                                if (entry.date == null && path.contains("BookgDt")) {
                                    entry.date = text(xml, path).substring(0, 10);
                                }
                            }
                            case "Nm" -> {
                                String other = entry.debit ? "Cdtr" : "Dbtr";
                                if (entry.counterparty == null && path.contains(other) && path.contains("RltdPties")) {
                                    entry.counterparty = text(xml, path);
                                }
                            }
                            case "Ustrd" -> {
                                if (entry.description == null) {
                                    entry.description = text(xml, path);
                                }
                            }
                            case "AddtlNtryInf" -> entry.info = text(xml, path);
                            default -> { }
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                    if ("Ntry".equals(xml.getLocalName()) && entry != null) {
                        if (entry.amount != null && entry.date != null) {
                            BigDecimal signed = entry.debit ? entry.amount.negate() : entry.amount;
                            records.add(Transactions.of(entry.date, signed, entry.currency, entry.counterparty,
                                    entry.description != null ? entry.description : entry.info, account));
                        }
                        entry = null;
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new ImportException("unreadable", "Not a CAMT.053 statement: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new ImportException("empty", "The statement holds no booked entry.");
        }
        return records;
    }

    /** The element's text; its end is consumed, so the path forgets it. */
    private static String text(XMLStreamReader xml, Deque<String> path) throws XMLStreamException {
        String text = xml.getElementText().strip();
        path.pop();
        return text;
    }
}
