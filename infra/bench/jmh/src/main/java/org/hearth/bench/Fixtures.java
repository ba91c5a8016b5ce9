package org.hearth.bench;

/** What the benchmarks work on: records of the size the HTTP benchmark creates. */
final class Fixtures {

    private Fixtures() {
    }

    /** A free note's data of about 300 bytes, different for each {@code i}. */
    static String recordData(int i) {
        return "{\"text\":\"Note number " + i + ": the boiler was serviced on 3 March, the next visit is due in a year; "
                + "keep the certificate with the house papers and tell the landlord before the end of the month.\",\"tags\":[\"home\",\"boiler\"]}";
    }
}
