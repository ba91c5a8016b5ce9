package org.hearth.datastore.imports;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank statement as OFX (1.x SGML, whose elements need not be closed, or 2.x XML): one bank
 * transaction per {@code STMTTRN}, with {@code DTPOSTED}, {@code TRNAMT} (signed), {@code NAME}
 * and {@code MEMO}; the currency from {@code CURDEF}, the account from {@code ACCTID}. No
 * maintained Java OFX library is published on Maven Central, and the part banks fill is this
 * small, so it is read here: each value runs to the next tag or line end.
 */
final class OfxFormat implements ImportFormat {

    private static final Pattern TRANSACTION = Pattern.compile("<STMTTRN>(.*?)(?:</STMTTRN>|(?=<STMTTRN>)|(?=</BANKTRANLIST>)|(?=</STMTRS>)|(?=</OFX>)|\\z)", Pattern.DOTALL);

    @Override
    public String code() {
        return "ofx";
    }

    @Override
    public boolean recognises(String filename, String head) {
        String upper = head.toUpperCase(java.util.Locale.ROOT);
        return ImportFormat.lower(filename).endsWith(".ofx") || upper.contains("OFXHEADER") || upper.contains("<OFX>");
    }

    @Override
    public List<ImportedRecord> read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        String currency = value(text, "CURDEF");
        String account = value(text, "ACCTID");
        List<ImportedRecord> records = new ArrayList<>();
        Matcher m = TRANSACTION.matcher(text);
        while (m.find()) {
            String block = m.group(1);
            String posted = value(block, "DTPOSTED");
            String amount = value(block, "TRNAMT");
            if (posted == null || amount == null || posted.length() < 8) {
                throw new ImportException("unreadable", "A transaction has no date or amount.");
            }
            BigDecimal value;
            try {
                value = new BigDecimal(amount.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new ImportException("unreadable", "A transaction's amount is not a number: " + amount);
            }
            String date = posted.substring(0, 4) + "-" + posted.substring(4, 6) + "-" + posted.substring(6, 8);
            records.add(Transactions.of(date, value, currency, value(block, "NAME"), value(block, "MEMO"), account));
        }
        if (records.isEmpty()) {
            throw new ImportException("empty", "The statement holds no transaction.");
        }
        return records;
    }

    /** The value of the first {@code <TAG>value} in {@code text}, to the next tag or line end; null when absent. */
    private static String value(String text, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">([^<\\r\\n]*)").matcher(text);
        if (!m.find()) {
            return null;
        }
        String v = m.group(1).strip();
        return v.isEmpty() ? null : v.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    }
}
