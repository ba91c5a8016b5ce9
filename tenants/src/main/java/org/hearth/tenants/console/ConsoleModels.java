package org.hearth.tenants.console;

import java.time.OffsetDateTime;
import java.util.List;
import org.hearth.tenants.team.Invitation;
import org.hearth.tenants.team.Member;
import org.hearth.web.pages.Messages;

/** The console templates' models, one record per template (its one {@code @param}), and the rows they show. */
public final class ConsoleModels {

    private ConsoleModels() {
    }

    public record Count(String status, int count) {
    }

    public record RequestRow(String requestId, String title, String link, boolean open) {
    }

    public record ClientRow(String clientId, String createdAt, String revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    public record HookRow(String id, String url, String events, long delivered, long pending, long gaveUp) {
    }

    /** The page that asks before a destructive action: what will happen, the button that does it, the way back. */
    public record Confirm(Messages m, String csrf, String question, List<String> consequences, String action, String button, String back) {
    }

    /** {@code verified}: whether the platform checked who the organisation is, in words. */
    public record Overview(Messages m, String csrf, String error, List<Count> agreements, List<RequestRow> requests, List<ClientRow> clients,
                           List<HookRow> webhooks, List<Member> team, String verified) {

        public List<CategoryOption> purposes() {
            return CategoryOption.of(org.hearth.datastore.Dpv.Kind.PURPOSE, m.language(), List.of("dpv:ServiceProvision"));
        }

        public List<CategoryOption> categories() {
            return CategoryOption.of(org.hearth.datastore.Dpv.Kind.CATEGORY, m.language(), List.of());
        }

        public List<CategoryOption> bases() {
            return CategoryOption.of(org.hearth.datastore.Dpv.Kind.BASIS, m.language(), List.of("dpv:Consent"));
        }
    }

    public record Credentials(Messages m, String csrf, String error, String createdId, String createdSecret, String tokenUrl,
                              List<ClientRow> clients, boolean mayChange, String keysUrl) {
    }

    /** {@code done}: what the last action did, or null. */
    public record Webhooks(Messages m, String csrf, String error, String secret, List<HookRow> webhooks, boolean mayChange, List<String> events,
                           String done) {
    }

    /** One attempt of a delivery; a delivery never tried shows one row without attempt. */
    public record AttemptRow(String type, String eventId, String attempt, String at, Integer status, String error) {
    }

    public record DeliveryRows(List<AttemptRow> attempts, boolean delivered, boolean gaveUp, String nextAttemptAt) {
    }

    public record Deliveries(Messages m, String url, List<DeliveryRows> deliveries) {
    }

    public record Team(Messages m, String csrf, String error, Invitation invited, String link, List<Member> members, String me, boolean admin,
                       List<Invitation> invitations) {
    }

    public record Join(Messages m, String csrf, String error, String token, Invitation invitation) {
    }

    /** A DPV term a console form offers (a category, purpose or legal basis), in the member's language, with whether it is chosen. */
    public record CategoryOption(String term, String label, boolean checked) {

        /** Every term of the kind from the one DPV table, {@code chosen} ticked. */
        public static List<CategoryOption> of(org.hearth.datastore.Dpv.Kind kind, String language, java.util.Collection<String> chosen) {
            return org.hearth.datastore.Dpv.of(kind).stream().map(t -> new CategoryOption(t.code(), t.label(language), chosen.contains(t.code()))).toList();
        }
    }

    public record Pilots(Messages m, String csrf, boolean publicBody, boolean mayPropose, List<org.hearth.tenants.pilots.PilotView> pilots, java.util.Map<String, String> values,
                           List<CategoryOption> categories, int rows, String error, String invalid) {

        public List<CategoryOption> purposes() {
            return CategoryOption.of(org.hearth.datastore.Dpv.Kind.PURPOSE, m.language(), List.of(values.getOrDefault("purpose", "dpv:ScientificResearch")));
        }

        public String value(String name) {
            return values.getOrDefault(name, "");
        }

        public String invalidFlag(String id) {
            return id.equals(invalid) ? "true" : "false";
        }
    }

    public record PilotDetail(Messages m, org.hearth.tenants.pilots.PilotView pilot, boolean created) {
    }

    /** An ISO timestamp from a service, or null, as a moment in the page's language. */
    static String moment(Messages m, String iso) {
        return iso == null ? null : m.dateTime(OffsetDateTime.parse(iso).toInstant());
    }
}
