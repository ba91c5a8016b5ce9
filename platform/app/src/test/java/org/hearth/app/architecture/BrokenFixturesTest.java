package org.hearth.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule, run on a deliberately broken fixture ({@code org.hearth.archfixture.*}),
 * reports exactly the classes that break it and none of those beside them that keep it.
 */
class BrokenFixturesTest {

    private static final String FIXTURE = "org.hearth.archfixture.";

    @Test
    void aServiceTakingTheRequestAndAClassHoldingTheDbThatSpeaksJsonAreReportedButTheRoutesAreNot() {
        List<String> found = violations(ArchitectureRules.servicesAreFreeOfHttpAndJson(), "http");
        assertThat(found).hasSize(2);
        assertThat(found).anySatisfy(v -> assertThat(v).contains("FiguresService.figures").contains("io.vertx.ext.web.RoutingContext"));
        assertThat(found).anySatisfy(v -> assertThat(v).contains("Ledger.show").contains("io.vertx.core.json.JsonObject"));
        assertThat(found).noneMatch(v -> v.contains("FiguresRoutes"));
    }

    @Test
    void sqlOutsideARepositoryAndAPublicRepositoryAreReported() {
        List<String> found = violations(ArchitectureRules.sqlOnlyInRepositories(), "jooq");
        assertThat(found).hasSize(3);
        assertThat(found).anySatisfy(v -> assertThat(v).contains("Figures.total").contains("DSLContext.fetchCount"));
        assertThat(found).anySatisfy(v -> assertThat(v).contains("Figures.total").contains("org.jooq.impl.DSL"));
        assertThat(found).anySatisfy(v -> assertThat(v).contains("FigureRepository").contains("has modifier PUBLIC"));
        assertThat(found).noneMatch(v -> v.contains("QuietRepository") || v.contains("Handover"));
    }

    @Test
    void reachingIntoAnotherModulesSubPackageIsReportedButItsRootPackageAndTheAppAreFine() {
        List<String> found = violations(ArchitectureRules.featureModulesAreReachedThroughTheirRootPackage(FIXTURE + "api"), "api");
        assertThat(found).singleElement().asString().contains("UsesInternal").contains("records.Internal");
    }

    @Test
    void aModuleThatDependsOnReportingIsReported() {
        List<String> found = violations(ArchitectureRules.nothingButTheAppDependsOnReporting(FIXTURE + "cycles"), "cycles");
        assertThat(found).singleElement().asString().contains("governance.ReadsReport").contains("reporting.Report");
    }

    @Test
    void aCycleBetweenModulesIsReported() {
        List<String> found = violations(ArchitectureRules.modulesAreFreeOfCycles(FIXTURE + "cycles"), "cycles");
        assertThat(found).singleElement().asString().contains("Cycle detected").contains("governance").contains("reporting")
                .doesNotContain("tenants");
    }

    @Test
    void aCycleBetweenTheFeaturePackagesOfOneModuleIsReported() {
        List<String> found = violations(ArchitectureRules.featurePackagesAreFreeOfCycles(FIXTURE + "cycles"), "cycles");
        assertThat(found).singleElement().asString().contains("Cycle detected").contains("tenants.a").contains("tenants.b");
    }

    @Test
    void eachTransactionOpenedAroundDbIsReportedButAnAuditedWriteIsNot() {
        List<String> found = violations(ArchitectureRules.noUnauditedWritesOrUntypedEvents(), "legacy");
        assertThat(found).hasSize(3).allMatch(v -> v.contains("OldWrites"));
        assertThat(found).anySatisfy(v -> assertThat(v).contains("transaction("));
        assertThat(found).anySatisfy(v -> assertThat(v).contains("transactionResult("));
        assertThat(found).anySatisfy(v -> assertThat(v).contains("DSL.using("));
    }

    @Test
    void aHandWrittenTenantPredicateIsReportedButAnInsertAJoinAndTenancyOwnedAreNot() {
        List<String> found = violations(ArchitectureRules.tenantPredicateOnlyThroughTenancy(), "legacy");
        assertThat(found).singleElement().asString().contains("TenantQueries.byHand (TenantQueries.java:16)");
    }

    @Test
    void aServiceThatBuildsAJooqRowIsReportedButTheRepositoryIsNot() {
        List<String> found = violations(ArchitectureRules.onlyRepositoriesBuildRecords(), "rows");
        assertThat(found).singleElement().asString().contains("RowBuildingService.grant").contains("AgreementsRecord");
    }

    private static List<String> violations(ArchRule rule, String fixture) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURE + fixture);
        assertThat(classes).isNotEmpty();
        return rule.evaluate(classes).getFailureReport().getDetails();
    }
}
