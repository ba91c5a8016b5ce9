package org.hearth.schema;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the real schema: a throw-away embedded PostgreSQL, every
 * changelog applied, then jOOQ's generator reading the catalogue.
 *
 * <p>Regenerate after changing a changelog:
 * {@code ./mvnw -q -pl platform/schema test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test -Dexec.mainClass=org.hearth.schema.JooqCodegen}
 * ({@link GeneratedCodeIsCurrentIT} fails until you do).
 */
public final class JooqCodegen {

    public static final String PACKAGE = "org.hearth.schema.generated";
    public static final String[] SCHEMAS = {"platform", "keys", "datastore", "tenants", "governance", "reporting"};

    public static void main(String[] args) throws Exception {
        // exec:java runs in the directory Maven was started from: the repository root or the module.
        Path module = java.nio.file.Files.isDirectory(Path.of("platform/schema")) ? Path.of("platform/schema") : Path.of(".");
        Path target = args.length > 0 ? Path.of(args[0]) : module.resolve("src/main/java");
        generate(target);
        System.out.println("jOOQ classes written under " + target.toAbsolutePath());
    }

    public static void generate(Path targetDir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Migrations.apply(pg.getPostgresDatabase());
            Database database = new Database()
                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                    .withIncludes(".*")
                    .withExcludes("databasechangelog.*");
            for (String schema : SCHEMAS) {
                database.getSchemata().add(new SchemaMappingType().withInputSchema(schema));
            }
            Configuration configuration = new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver")
                            .withUrl(pg.getJdbcUrl("postgres", "postgres")).withUser("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(database)
                            .withGenerate(new Generate()
                                    .withGeneratedAnnotation(false)
                                    .withJavaTimeTypes(true)
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withFluentSetters(true))
                            .withTarget(new Target().withPackageName(PACKAGE).withDirectory(targetDir.toString()).withClean(true)));
            GenerationTool.generate(configuration);
        }
    }
}
