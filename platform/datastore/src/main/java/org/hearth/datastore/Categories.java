package org.hearth.datastore;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The personal-data categories a record may carry: terms of the W3C Data Privacy Vocabulary
 * (DPV-PD). The one list of them, with labels for the pages.
 */
public final class Categories {

    private static final Map<String, String[]> LABELS = new LinkedHashMap<>();

    static {
        add("dpv-pd:Name", "Name", "Nom");
        add("dpv-pd:Contact", "Contact details", "Coordonnées");
        add("dpv-pd:Address", "Address", "Adresse");
        add("dpv-pd:Identifying", "Identity", "Identité");
        add("dpv-pd:OfficialID", "Official identity documents", "Pièces d'identité");
        add("dpv-pd:FinancialAccount", "Bank accounts", "Comptes bancaires");
        add("dpv-pd:Transaction", "Transactions", "Transactions");
        add("dpv-pd:Income", "Income", "Revenus");
        add("dpv-pd:Tax", "Tax", "Impôts");
        add("dpv-pd:HealthRecord", "Health records", "Dossiers de santé");
        add("dpv-pd:Education", "Education", "Éducation");
        add("dpv-pd:Employment", "Employment", "Emploi");
        add("dpv-pd:Utility", "Utilities and bills", "Énergie et factures");
        add("dpv-pd:Vehicle", "Vehicles", "Véhicules");
        add("dpv-pd:Family", "Family", "Famille");
        add("dpv-pd:Preference", "Preferences", "Préférences");
    }

    private Categories() {
    }

    private static void add(String term, String en, String fr) {
        LABELS.put(term, new String[] {en, fr});
    }

    public static boolean isKnown(String term) {
        return LABELS.containsKey(term);
    }

    public static Iterable<String> all() {
        return LABELS.keySet();
    }

    public static String label(String term, String language) {
        String[] labels = LABELS.get(term);
        if (labels == null) {
            return term;
        }
        return "fr".equals(language) ? labels[1] : labels[0];
    }
}
