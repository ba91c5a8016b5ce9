package org.hearth.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The one-way dependency rule of docs/style.md, as ArchUnit rules over a root package (so the
 * same rules can be run against a deliberately broken fixture to prove they can fail):
 * kernel (and the generated schema) depends on no module; web only on the kernel; feature
 * modules on the kernel, web and the datastore; nothing but the app depends on reporting; and
 * nothing depends on the app.
 */
final class ModuleRules {

    private ModuleRules() {
    }

    static ArchRule forRoot(String root) {
        String kernel = root + ".kernel..";
        String web = root + ".web..";
        String datastore = root + ".datastore..";
        String tenants = root + ".tenants..";
        String governance = root + ".governance..";
        String reporting = root + ".reporting..";
        String app = root + ".app..";
        return CompositeArchRule.of(
                noClasses().that().resideInAnyPackage(kernel, root + ".schema..")
                        .should().dependOnClassesThat().resideInAnyPackage(web, datastore, tenants, governance, reporting, app)
                        .as("the kernel depends on no module"))
                .and(noClasses().that().resideInAPackage(web)
                        .should().dependOnClassesThat().resideInAnyPackage(datastore, tenants, governance, reporting, app)
                        .as("web depends only on the kernel"))
                .and(noClasses().that().resideInAPackage(datastore)
                        .should().dependOnClassesThat().resideInAnyPackage(tenants, governance, reporting, app)
                        .as("the datastore depends on no feature module"))
                .and(noClasses().that().resideInAnyPackage(tenants, governance)
                        .should().dependOnClassesThat().resideInAnyPackage(reporting, app)
                        .as("feature modules never depend on reporting or the app"))
                .and(noClasses().that().resideInAPackage(tenants)
                        .should().dependOnClassesThat().resideInAPackage(governance)
                        .as("tenants do not depend on governance"))
                .and(noClasses().that().resideInAPackage(governance)
                        .should().dependOnClassesThat().resideInAPackage(tenants)
                        .as("governance does not depend on tenants"))
                .allowEmptyShould(true);
    }
}
