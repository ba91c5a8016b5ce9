package org.hearth.datastore.pages;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.datastore.Agreement;
import org.hearth.datastore.Dpv;
import org.hearth.datastore.accesslog.AccessEntry;
import org.hearth.datastore.accesslog.PilotInclusion;
import org.hearth.datastore.mail.MailOutbox;
import org.hearth.web.pages.Messages;

/**
 * The access log in words: entries of the same kind (who, what they did, to which records, under
 * which agreement) in the same week become one line, "Northwind Energy read Home address 14 times
 * between … and …"; organisations by name, purposes by label, records by title. The owner's own
 * actions (exports) are kept apart from other people's access.
 */
final class AccessLogWords {

    private final Messages m;
    private final Map<UUID, Agreement> agreements = new LinkedHashMap<>();
    private final Map<UUID, String> tenantNames = new LinkedHashMap<>();
    private final Map<UUID, String> titles;

    AccessLogWords(Messages m, List<Agreement> agreements, Map<UUID, String> titles) {
        this.m = m;
        this.titles = titles;
        agreements.forEach(a -> {
            this.agreements.put(a.id(), a);
            tenantNames.put(a.tenantId(), a.tenantName());
        });
    }

    static boolean own(AccessEntry e) {
        return "individual".equals(e.actorKind());
    }

    /** Groups {@code entries} (newest first) into lines, newest first. */
    List<PageModels.AccessLine> lines(List<AccessEntry> entries) {
        Map<String, List<AccessEntry>> groups = new LinkedHashMap<>();
        for (AccessEntry e : entries) {
            groups.computeIfAbsent(key(e), k -> new ArrayList<>()).add(e);
        }
        List<PageModels.AccessLine> lines = new ArrayList<>();
        groups.values().forEach(group -> lines.add(line(group)));
        return lines;
    }

    private static String key(AccessEntry e) {
        LocalDate monday = e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // Pilot inclusions name their question in the reason: each question is its own line.
        String reason = PilotInclusion.ACTION.equals(e.action()) || "emergency_access".equals(e.action()) ? e.reason() : "";
        return String.join("|", e.actorKind(), e.actorId(), e.action(), String.valueOf(e.agreementId()), e.recordIds().stream().sorted().toList().toString(),
                e.categories().stream().sorted().toList().toString(), monday.toString(), reason);
    }

    private PageModels.AccessLine line(List<AccessEntry> group) {
        AccessEntry newest = group.getFirst();
        AccessEntry oldest = group.getLast();
        int times = group.size();
        String who = who(newest);
        String what = what(newest);
        String verb = m.tOr("accessLog.verb." + newest.action(), null);
        String sentence = verb == null ? who + " · " + newest.action() + " · " + what
                : times == 1 ? m.t("accessLog.verb." + newest.action(), who, what)
                : m.t("accessLog.verb." + newest.action() + ".times", who, what, times);
        return new PageModels.AccessLine(sentence, why(newest), m.dateTime(oldest.occurredAt()), m.dateTime(newest.occurredAt()), times);
    }

    private String who(AccessEntry e) {
        return switch (e.actorKind()) {
            case "tenant" -> {
                UUID tenant = org.hearth.kernel.id.Ids.parseOrNull(e.actorId());
                Agreement a = e.agreementId() == null ? null : agreements.get(e.agreementId());
                yield a != null ? a.tenantName() : tenant != null && tenantNames.containsKey(tenant) ? tenantNames.get(tenant) : m.t("accessLog.anOrganisation");
            }
            case "operator" -> m.t("accessLog.operator");
            case "individual" -> m.t("accessLog.you");
            default -> m.t("accessLog.someone");
        };
    }

    private String what(AccessEntry e) {
        List<String> named = e.recordIds().stream().map(titles::get).filter(java.util.Objects::nonNull).distinct().toList();
        if (!named.isEmpty()) {
            return named.size() <= 3 ? m.t("accessLog.records", String.join(", ", named))
                    : m.t("accessLog.recordsMore", String.join(", ", named.subList(0, 3)), named.size() - 3);
        }
        if (!e.recordIds().isEmpty()) {
            return m.t("accessLog.recordsGone", e.recordIds().size());
        }
        if (!e.categories().isEmpty()) {
            String labels = String.join(", ", e.categories().stream().map(c -> Dpv.label(c, m.language())).toList());
            return m.t("accessLog.categories", "en".equals(m.language()) ? labels.toLowerCase(java.util.Locale.ROOT) : labels);
        }
        return m.t("accessLog.yourData");
    }

    private String why(AccessEntry e) {
        if (PilotInclusion.ACTION.equals(e.action())) {
            return PilotInclusion.parse(e.reason()).map(p -> m.t("accessLog.pilot", p.title(), p.organisation(), p.question())).orElse(e.reason());
        }
        if (MailOutbox.READ_MAIL.equals(e.action()) && e.reason() != null && e.reason().startsWith(MailOutbox.REASON_PREFIX)) {
            return m.t("accessLog.readMail.why", m.tOr("mail." + e.reason().substring(MailOutbox.REASON_PREFIX.length()) + ".subject", e.reason()));
        }
        Agreement a = e.agreementId() == null ? null : agreements.get(e.agreementId());
        if (a != null) {
            return m.t("accessLog.under", Dpv.label(a.purpose(), m.language()), a.title());
        }
        return e.reason() == null ? "" : e.reason();
    }
}
