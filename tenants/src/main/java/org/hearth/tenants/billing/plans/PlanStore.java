package org.hearth.tenants.billing.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.work.Worker;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.billing.pricing.PlanInvalid;
import org.hearth.tenants.billing.pricing.PlanVersion;

/**
 * The plans and their price versions, stored in {@code tenants.plans} and {@code plan_versions}:
 * the shipped {@code billing/plans.json} seeded at start where a code is missing, versions added by
 * operators. The catalogue is cached in memory and reloaded after every write on this node; with
 * several nodes, another node's write is seen only after its next reload (issue 16: a version check).
 */
public final class PlanStore {

    static final String SEED = "job.billing.plans.seed";
    static final String LOAD = "job.billing.plans.load";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String CODE = "[a-z][a-z0-9_-]{1,39}";

    private final Db db;
    private final Clock clock;
    private final PlanRepository repository = new PlanRepository();
    private volatile Snapshot snapshot;

    private record Snapshot(PlanCatalogue catalogue, List<StoredPlan> plans) {
    }

    public PlanStore(Db db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The catalogue as this node last loaded it (seeding and loading it on first use). */
    public PlanCatalogue catalogue() {
        return snapshot().catalogue();
    }

    /** Every plan, in catalogue order, with its versions. */
    public List<StoredPlan> plans() {
        return snapshot().plans();
    }

    public Optional<StoredPlan> plan(String code) {
        return plans().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /**
     * Inserts the shipped plans whose code is missing, each with its versions, then loads the
     * catalogue. A platform job: audited only when it inserts something, so a restart leaves no
     * trace; a plan already stored is left as it is, with every version an operator added.
     */
    public int seed(CallContext ctx) {
        int added = db.job(ctx, tx -> PlanSeed.insertMissing(tx, repository, ctx.actor().id()));
        reload();
        return added;
    }

    /** The start step: seeds the shipped plans and loads the catalogue before billing's worker and the server run. */
    public Worker seeder() {
        return new Worker() {
            @Override
            public String name() {
                return "billing-plans";
            }

            @Override
            public void start() {
                seed(CallContext.system(SEED));
            }

            @Override
            public void close() {
                // nothing runs in the background
            }
        };
    }

    /** Reads the catalogue again (after a write on this node, or a test's reset). */
    public void reload() {
        snapshot = load();
    }

    /** Adds a plan with its first version; 409 {@code plan_exists} if the code is taken. */
    public StoredPlan create(CallContext ctx, NewPlan plan) {
        if (plan.code() == null || !plan.code().matches(CODE)) {
            throw invalid("code", "must be 2 to 40 lower case letters, digits, _ or -, starting with a letter");
        }
        String en = name(plan.names(), "en");
        String fr = name(plan.names(), "fr");
        ObjectNode document;
        PlanVersion prices;
        try {
            document = numbered(plan.firstVersion(), 1);
            prices = parse(document);
            checkDate(prices.effectiveFrom(), Optional.empty());
        } catch (HearthException e) {
            // The field as a path in the body sent, where the version is under "version".
            String field = String.valueOf(e.extensions().get("field"));
            throw invalid("$".equals(field) ? "version" : "version." + field, e.detail().substring(Math.min(e.detail().length(), field.length() + 2)));
        }
        db.system(ctx, tx -> {
            if (!repository.insertPlan(tx, plan.code(), en, fr)) {
                throw new HearthException(ErrorCode.PLAN_EXISTS, "There is already a plan " + plan.code() + ".");
            }
            repository.insertVersion(tx, plan.code(), 1, prices.effectiveFrom(), prices.currency().getCurrencyCode(), document.toString(),
                    ctx.actor().id());
            return null;
        });
        reload();
        return plan(plan.code()).orElseThrow();
    }

    /**
     * Adds a price version to a plan: its number is the next one; its date today or later and after
     * the latest version's, so a period already invoiced (or begun) is never re-priced.
     */
    public StoredPlan.Version addVersion(CallContext ctx, String code, ObjectNode versionDocument) {
        if (code == null || !code.matches(CODE)) {
            // Not a code any plan can have (a NUL would not even reach PostgreSQL as text).
            throw new HearthException(ErrorCode.NOT_FOUND, "There is no plan with this code.");
        }
        int number = db.system(ctx, tx -> {
            if (!repository.lock(tx, code)) {
                throw new HearthException(ErrorCode.NOT_FOUND, "There is no plan with this code.");
            }
            var latest = repository.latest(tx, code);
            int next = latest.map(v -> v.version() + 1).orElse(1);
            ObjectNode document = numbered(versionDocument, next);
            PlanVersion prices = parse(document);
            checkDate(prices.effectiveFrom(), latest.map(PlanRepository.VersionRow::effectiveFrom));
            repository.insertVersion(tx, code, next, prices.effectiveFrom(), prices.currency().getCurrencyCode(), document.toString(),
                    ctx.actor().id());
            return next;
        });
        reload();
        return plan(code).orElseThrow().versions().stream().filter(v -> v.prices().version() == number).findFirst().orElseThrow();
    }

    /** A plan to create: its code, its name in English and French, its first version's document. */
    public record NewPlan(String code, Map<String, String> names, ObjectNode firstVersion) {
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            seed(CallContext.system(SEED));
            current = snapshot;
        }
        return current;
    }

    private Snapshot load() {
        record Rows(List<PlanRepository.PlanRow> plans, List<PlanRepository.VersionRow> versions) {
        }
        Rows rows = db.job(CallContext.system(LOAD), tx -> new Rows(repository.plans(tx), repository.versions(tx)));
        if (rows.plans().isEmpty()) {
            // Only between a test's reset and the next seed: no plan is on offer.
            return new Snapshot(new PlanCatalogue(List.of()), List.of());
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode plans = root.putArray("plans");
        for (var p : rows.plans()) {
            ObjectNode plan = plans.addObject().put("code", p.code());
            plan.putObject("name").put("en", p.nameEn()).put("fr", p.nameFr());
            ArrayNode versions = plan.putArray("versions");
            rows.versions().stream().filter(v -> v.planCode().equals(p.code())).forEach(v -> versions.add(tree(v.document())));
        }
        PlanCatalogue catalogue = PlanDocument.parse(root.toString());
        List<StoredPlan> stored = new ArrayList<>();
        for (var p : rows.plans()) {
            var plan = catalogue.plan(p.code()).orElseThrow();
            List<StoredPlan.Version> versions = rows.versions().stream().filter(v -> v.planCode().equals(p.code()))
                    .map(v -> new StoredPlan.Version(plan.versions().stream().filter(pv -> pv.version() == v.version()).findFirst().orElseThrow(),
                            v.document(), v.createdAt(), v.createdBy())).toList();
            stored.add(new StoredPlan(p.code(), plan.names(), p.position(), p.createdAt(), versions));
        }
        return new Snapshot(catalogue, stored);
    }

    /** Today on the store's clock: the earliest day a new version may start. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void checkDate(LocalDate from, Optional<LocalDate> latest) {
        if (from.isBefore(today())) {
            throw invalid("effective_from", "must be today (" + today() + ") or later: a period already begun or invoiced is never re-priced");
        }
        latest.filter(l -> !from.isAfter(l)).ifPresent(l -> {
            throw invalid("effective_from", "must be after the latest version's " + l);
        });
    }

    /** The document with its number first; a number sent by the caller is refused (Hearth assigns it). */
    private static ObjectNode numbered(ObjectNode document, int number) {
        if (document == null) {
            throw invalid("$", "must be a price version document");
        }
        if (document.has("version")) {
            throw invalid("version", "is assigned by Hearth: leave it out");
        }
        ObjectNode out = JSON.createObjectNode().put("version", number);
        out.setAll(document);
        return out;
    }

    private static PlanVersion parse(ObjectNode document) {
        try {
            return PlanDocument.parseVersion(document.toString());
        } catch (PlanInvalid e) {
            throw invalid(e.field().isEmpty() ? "$" : e.field(), e.reason());
        }
    }

    private static String name(Map<String, String> names, String language) {
        String name = names == null ? null : names.get(language);
        if (name == null || name.isBlank() || name.strip().length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw invalid("names." + language, "is required: 1 to 100 characters, no control characters");
        }
        return name.strip();
    }

    static HearthException invalid(String field, String reason) {
        return new HearthException(ErrorCode.PLAN_INVALID, field + ": " + reason, Map.of("field", field));
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan version is not JSON", e);
        }
    }
}
