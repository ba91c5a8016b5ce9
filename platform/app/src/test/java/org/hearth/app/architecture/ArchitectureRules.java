package org.hearth.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;

/**
 * The target shape of issue 10 as ArchUnit rules (what each guards and why: README.md here).
 * Rules about modules take the root package, so the same rule runs on the real code
 * ({@code org.hearth}) and on a deliberately broken fixture ({@code org.hearth.archfixture.*}).
 */
final class ArchitectureRules {

    /** The four feature modules: their root package is their API. */
    static final List<String> FEATURE_MODULES = List.of("datastore", "tenants", "governance", "reporting");

    static final String GENERATED = "org.hearth.schema.generated..";
    static final String GENERATED_RECORDS = "org.hearth.schema.generated..records..";
    static final String JOOQ = "org.jooq..";
    /** The kernel's database infrastructure: the Db facade, Tenancy and the outbox are SQL by design. */
    static final String[] DATABASE_INFRASTRUCTURE = {"org.hearth.kernel.db..", "org.hearth.kernel.outbox..", "org.hearth.schema.."};
    /** The one module allowed JSON types in its services: the export archive's format is JSON. */
    static final String ARCHIVE_FORMAT = "org.hearth.datastore.portability..";

    /**
     * Repositories that may be public, each with its reason. A repository is package-private:
     * its service is the one way in. Empty today: add a line only with the reason beside it.
     */
    static final Map<String, String> PUBLIC_REPOSITORIES = Map.of();

    private static final String SERVICE_OR_REPOSITORY_NAME = ".*(Service|Repository)(\\$.*)?";
    private static final String EDGE_NAME = ".*(Routes|Pages|Page|Json|Module|Kit)(\\$.*)?";

    private ArchitectureRules() {
    }

    // a. services and repositories are plain Java: no HTTP, no JSON

    static ArchRule servicesAreFreeOfHttpAndJson() {
        return CompositeArchRule.of(
                noClasses().that(serviceOrRepository())
                        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.ext.web..", "io.vertx.core.http..")
                        .because("services and repositories take records in and give records out; HTTP stays in the routes"))
                .and(noClasses().that(serviceOrRepository()).and().resideOutsideOfPackage(ARCHIVE_FORMAT)
                        .should().dependOnClassesThat().resideInAPackage("io.vertx.core.json..")
                        .because("wire shapes live in *Json classes beside the routes; the one exception is "
                                + ARCHIVE_FORMAT + ", whose export archive format is JSON by definition"))
                .as("services and repositories depend on no web, HTTP or JSON type");
    }

    /**
     * A service or repository: named so (with its nested classes), or a class that holds the
     * {@code Db} facade and is not an HTTP edge (routes, pages, wire shapes, module wiring) nor web
     * infrastructure.
     */
    static DescribedPredicate<JavaClass> serviceOrRepository() {
        return DescribedPredicate.describe("are services or repositories (named *Service/*Repository, or holding the Db facade)",
                c -> c.getName().matches(SERVICE_OR_REPOSITORY_NAME)
                        || (holdsDb(c) && !c.getName().matches(EDGE_NAME) && !c.getPackageName().startsWith("org.hearth.web")
                        && !c.getPackageName().startsWith("org.hearth.kernel") && !c.getPackageName().startsWith("org.hearth.app")));
    }

    private static boolean holdsDb(JavaClass c) {
        return c.getFields().stream().anyMatch(f -> f.getRawType().getName().equals("org.hearth.kernel.db.Db"));
    }

    // b. jOOQ only in repositories, and repositories are package-private

    static ArchRule sqlOnlyInRepositories() {
        return CompositeArchRule.of(
                noClasses().that().resideOutsideOfPackages(DATABASE_INFRASTRUCTURE).and(not(repository()))
                        .should().dependOnClassesThat(DescribedPredicate.describe(
                                "are generated tables, rows or routines, or jOOQ types other than the DSLContext transaction handle",
                                c -> c.getPackageName().startsWith("org.hearth.schema.generated")
                                        || c.getPackageName().startsWith("org.jooq") && !c.getName().equals("org.jooq.DSLContext")))
                        .orShould().callMethodWhere(DescribedPredicate.describe("a method of jOOQ's DSLContext",
                                call -> call.getTargetOwner().isAssignableTo(org.jooq.DSLContext.class)))
                        .because("SQL lives in *Repository classes; a service may only hand the transaction it runs in"
                                + " (a DSLContext it never calls) on to them, so that several repositories share one commit"))
                .and(classes().that(repository()).and(not(allowedPublic()))
                        .should().notBePublic()
                        .because("a repository is reached through its service in the same package"
                                + " (public ones are listed with their reason in ArchitectureRules.PUBLIC_REPOSITORIES)"))
                .as("jOOQ and the generated tables are used only in package-private *Repository classes");
    }

    static DescribedPredicate<JavaClass> repository() {
        return DescribedPredicate.describe("are repositories", c -> c.getName().matches(".*Repository(\\$.*)?"));
    }

    private static DescribedPredicate<JavaClass> allowedPublic() {
        return DescribedPredicate.describe("are allowed to be public", c -> PUBLIC_REPOSITORIES.containsKey(c.getName()));
    }

    // c. a feature module's root package is its API

    static ArchRule featureModulesAreReachedThroughTheirRootPackage(String root) {
        CompositeArchRule rule = null;
        for (String module : FEATURE_MODULES) {
            // Reporting is the leaf that reads every module (its README: "may depend on every feature
            // module"): the annual report reads the ledger, the board and the legal rules through the
            // public types of GovernanceModule.Services, which live in governance's sub-packages.
            // Nothing depends on reporting (nothingButTheAppDependsOnReporting), so this opens no cycle.
            ArchRule one = noClasses().that().resideOutsideOfPackages(root + "." + module + "..", root + ".app..", root + ".reporting..")
                    .should().dependOnClassesThat().resideInAPackage(root + "." + module + ".*..")
                    .because("only " + root + "." + module + " itself (interfaces, records, events) is the module's API; "
                            + "its sub-packages are internals the wiring in " + root + ".app (and reporting, which only reads) alone may see");
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule.as("other modules use a feature module only through its root package");
    }

    // d. reporting is a leaf, and nothing is circular

    static ArchRule nothingButTheAppDependsOnReporting(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".reporting..", root + ".app..")
                .should().dependOnClassesThat().resideInAPackage(root + ".reporting..")
                .because("reporting reads the other modules, so none of them may depend on it")
                .as("nothing but the app depends on reporting");
    }

    static ArchRule modulesAreFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("the modules are free of cycles");
    }

    static ArchRule featurePackagesAreFreeOfCycles(String root) {
        CompositeArchRule rule = null;
        for (String module : List.of("kernel", "web", "datastore", "tenants", "governance", "reporting")) {
            ArchRule one = slices().matching(root + "." + module + ".(*)..").namingSlices(module + ".$1")
                    .should().beFreeOfCycles().allowEmptyShould(true);
            rule = rule == null ? CompositeArchRule.of(one) : rule.and(one);
        }
        return rule.as("the feature packages of each module are free of cycles");
    }

    // e. the unaudited and untyped ways are gone for good, and the tenant predicate is Tenancy's

    static ArchRule noUnauditedWritesOrUntypedEvents() {
        // Db.tx, Db.txRun, Db.asTenant and the untyped Outbox.append are gone from the API; what is
        // left to guard is a transaction opened around Db, which would carry no actor and no audit row.
        return noClasses().that().resideOutsideOfPackage("org.hearth.kernel.db..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("opens a jOOQ transaction or context",
                        call -> call.getTargetOwner().isAssignableTo(org.jooq.DSLContext.class)
                                && call.getName().matches("transaction.*|startTransaction|connection.*")
                                || call.getTargetOwner().isEquivalentTo(org.jooq.impl.DSL.class) && call.getName().equals("using")))
                .because("every unit of work goes through Db: a write needs an actor (Db.write / Db.system, audited), a read its scope")
                .as("no code opens its own transaction or database context outside the kernel's Db");
    }

    static ArchRule tenantPredicateOnlyThroughTenancy() {
        return classes().that().resideOutsideOfPackage("org.hearth.kernel.db..")
                .should(notCompareTenantIdByHand())
                .because("Tenancy.owned(TABLE, scope) is the one tenant predicate; setting or selecting TENANT_ID is fine")
                .as("no class compares a generated TENANT_ID column by hand");
    }

    private static ArchCondition<JavaClass> notCompareTenantIdByHand() {
        return new ArchCondition<>("not compare a generated TENANT_ID column by hand") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String where : TenantPredicates.in(javaClass.getName())) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + "." + where
                            + " compares TENANT_ID by hand: use Tenancy.owned(TABLE, scope)"));
                }
            }
        };
    }

    // f. services do not build rows

    static ArchRule onlyRepositoriesBuildRecords() {
        return noClasses().that().resideOutsideOfPackages(DATABASE_INFRASTRUCTURE).and(not(repository()))
                .should().dependOnClassesThat().resideInAPackage(GENERATED_RECORDS)
                .because("a service hands a repository a domain record; the jOOQ *Record row is the repository's business")
                .as("only repositories build or read jOOQ *Record rows");
    }
}
