package org.hearth.datastore.imports;

/** Small helpers the formats share: values cut to their schema's length, e-mail addresses checked. */
final class Text {

    private Text() {
    }

    static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** An XML reader with DTDs and external entities off (no XXE, no entity expansion bombs). */
    static javax.xml.stream.XMLInputFactory safeXml() {
        javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
        factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** A kWh or km figure with at most three decimals, as a JSON number. */
    static double round3(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
