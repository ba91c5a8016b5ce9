package org.hearth.governance.charter;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads the charter block into plain maps, lists and strings.
 *
 * <p>Only the safe constructor is used: the charter is edited by people, and a YAML tag must
 * never be able to instantiate a Java class. Every plain scalar is kept as text (see
 * {@link TextResolver}) and converted by {@link CharterReader}, which knows what each field means.
 */
final class CharterYaml {

    // A charter block is a page of text; anything near this size is a mistake or an attack.
    private static final int MAX_CODE_POINTS = 256 * 1024;

    private CharterYaml() {
    }

    static Object load(CharterBlock block, Source source) {
        LoaderOptions options = new LoaderOptions();
        // A key given twice would silently keep the second value; the editor meant one of them.
        options.setAllowDuplicateKeys(false);
        // Aliases let one line stand for another; a charter is clearer without them.
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions unused = new DumperOptions();
        Yaml yaml = new Yaml(
                new SafeConstructor(options), new Representer(unused), unused, options, new TextResolver());
        try {
            return yaml.load(block.yaml());
        } catch (MarkedYAMLException e) {
            throw source.error(CharterException.BLOCK, null, "not valid YAML" + at(block, e) + ": " + e.getProblem());
        } catch (YAMLException e) {
            throw source.error(CharterException.BLOCK, null, "not valid YAML: " + e.getMessage());
        }
    }

    private static String at(CharterBlock block, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) {
            return "";
        }
        return " at line " + (block.firstLine() + mark.getLine()) + ", column " + (mark.getColumn() + 1);
    }

    /**
     * Resolves plain scalars to strings, except the empty value and {@code ~}/{@code null}.
     *
     * <p>YAML 1.1 would otherwise turn {@code 0.35} into a binary double, {@code 2014-10-01}
     * into a {@code java.util.Date} in the JVM's time zone, and {@code no} into {@code false}.
     * Rates must stay exact decimals and dates must stay dates, so the reader parses the text.
     */
    private static final class TextResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}
