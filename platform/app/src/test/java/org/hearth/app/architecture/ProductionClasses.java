package org.hearth.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Every module's production classes, as the rules see them: imported from the classpath, without
 * test classes (including the kernel's test jar), the broken fixtures, or the jOOQ code generated
 * from the schema (accesses to generated tables are still seen from the classes that make them).
 */
final class ProductionClasses {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");
    private static JavaClasses classes;

    private ProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ProductionClasses::isProduction).importPackages("org.hearth");
        }
        return classes;
    }

    private static boolean isProduction(Location location) {
        return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                && !location.matches(TEST_JAR)
                && !location.contains("/org/hearth/schema/generated/")
                && !location.contains("/org/hearth/archfixture/");
    }
}
