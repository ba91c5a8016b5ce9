package org.hearth.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModuleDependenciesTest {

    @Test
    void theModulesDependOnEachOtherOnlyOneWay() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hearth");
        assertThat(classes.containPackage("org.hearth.kernel.db")).isTrue();
        assertThat(classes.containPackage("org.hearth.reporting")).isTrue();
        ModuleRules.forRoot("org.hearth").check(classes);
    }

    @Test
    void theRulesCatchAKernelThatReachesIntoWebAndADatastoreThatReadsReporting() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.hearth.archfixture");
        assertThatThrownBy(() -> ModuleRules.forRoot("org.hearth.archfixture").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the kernel depends on no module")
                .hasMessageContaining("LeakyKernel")
                .hasMessageContaining("the datastore depends on no feature module")
                .hasMessageContaining("ReportReader");
    }
}
