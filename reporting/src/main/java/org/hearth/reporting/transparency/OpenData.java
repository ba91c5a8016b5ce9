package org.hearth.reporting.transparency;

/** The open data's fixed terms: schema version, where the schema is, and the licence. */
public final class OpenData {

    public static final String SCHEMA_VERSION = "1.0.0";
    public static final String SCHEMA_PATH = "/api/v1/open-data/transparency-v1.schema.json";
    public static final String JSON_PATH = "/api/v1/open-data/transparency.json";
    public static final String CSV_PATH = "/api/v1/open-data/transparency.csv";
    /** The schema, as a class-path resource of this module. */
    public static final String SCHEMA_RESOURCE = "/open-data/transparency-v1.schema.json";
    public static final String LICENCE_ID = "CC-BY-4.0";
    public static final String LICENCE_NAME = "Creative Commons Attribution 4.0 International";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    /** Modest: the figures move slowly, and a visitor's refresh should not cost a query. */
    public static final String CACHE_CONTROL = "public, max-age=300";

    private OpenData() {
    }
}
