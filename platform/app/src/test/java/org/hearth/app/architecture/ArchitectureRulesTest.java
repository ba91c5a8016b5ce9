package org.hearth.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The target shape of issue 10, applied to every module's production classes (what each rule
 * guards: README.md here). A rule main does not keep yet is disabled with its count of violations
 * today; run them anyway with {@code -Djunit.jupiter.conditions.deactivate=org.junit.*DisabledCondition}.
 */
class ArchitectureRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.get();
        // The import really holds every module (an empty import would pass every rule).
        for (String module : new String[] {"kernel.db", "web", "datastore", "tenants", "governance", "reporting", "app"}) {
            assertThat(classes.containPackage("org.hearth." + module)).as(module).isTrue();
        }
        assertThat(classes.stream().noneMatch(c -> c.getPackageName().startsWith("org.hearth.archfixture")
                || c.getPackageName().startsWith("org.hearth.schema.generated") || c.getSimpleName().endsWith("IT")
                || c.getSimpleName().equals("TestDatabase"))).isTrue();
    }

    @Test
    @Disabled("issue 10: passes once the module moves are merged — 194 violations in 8 classes today")
    void servicesAndRepositoriesUseNoWebOrJsonTypes() {
        ArchitectureRules.servicesAreFreeOfHttpAndJson().check(classes);
    }

    @Test
    @Disabled("issue 10: passes once the module moves are merged — 1764 violations in 35 classes today")
    void jooqIsUsedOnlyInPackagePrivateRepositories() {
        ArchitectureRules.sqlOnlyInRepositories().check(classes);
    }

    @Test
    @Disabled("issue 10: passes once the module moves are merged — 72 violations in 13 classes today")
    void aFeatureModuleIsUsedOnlyThroughItsRootPackage() {
        ArchitectureRules.featureModulesAreReachedThroughTheirRootPackage("org.hearth").check(classes);
    }

    @Test
    void nothingButTheAppDependsOnReporting() {
        ArchitectureRules.nothingButTheAppDependsOnReporting("org.hearth").check(classes);
    }

    @Test
    void theModulesAreFreeOfCycles() {
        ArchitectureRules.modulesAreFreeOfCycles("org.hearth").check(classes);
    }

    @Test
    void theFeaturePackagesOfEachModuleAreFreeOfCycles() {
        ArchitectureRules.featurePackagesAreFreeOfCycles("org.hearth").check(classes);
    }

    @Test
    @Disabled("issue 10: passes once the module moves are merged — 89 violations in 30 classes today")
    void noCodeWritesWithoutAnActorOrAppendsAnUntypedEvent() {
        ArchitectureRules.noUnauditedWritesOrUntypedEvents().check(classes);
    }

    @Test
    @Disabled("issue 10: passes once the module moves are merged — 24 violations in 9 classes today")
    void theTenantPredicateIsAlwaysTenancyOwned() {
        ArchitectureRules.tenantPredicateOnlyThroughTenancy().check(classes);
    }

    @Test
    @Disabled("issue 10: passes once the module moves are merged — 368 violations in 22 classes today")
    void onlyRepositoriesBuildJooqRecords() {
        ArchitectureRules.onlyRepositoriesBuildRecords().check(classes);
    }
}
