package org.hearth.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The target shape of issue 10, applied to every module's production classes (what each rule
 * guards: README.md here). Every rule holds; each has a broken fixture in BrokenFixturesTest.
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
    void servicesAndRepositoriesUseNoWebOrJsonTypes() {
        ArchitectureRules.servicesAreFreeOfHttpAndJson().check(classes);
    }

    @Test
    void jooqIsUsedOnlyInPackagePrivateRepositories() {
        ArchitectureRules.sqlOnlyInRepositories().check(classes);
    }

    @Test
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
    void noCodeWritesWithoutAnActorOrAppendsAnUntypedEvent() {
        ArchitectureRules.noUnauditedWritesOrUntypedEvents().check(classes);
    }

    @Test
    void theTenantPredicateIsAlwaysTenancyOwned() {
        ArchitectureRules.tenantPredicateOnlyThroughTenancy().check(classes);
    }

    @Test
    void onlyRepositoriesBuildJooqRecords() {
        ArchitectureRules.onlyRepositoriesBuildRecords().check(classes);
    }
}
