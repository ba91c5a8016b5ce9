package org.hearth.web.pages;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;

/**
 * A module's precompiled templates. Each module's build compiles its {@code src/main/jte} into
 * Java classes of its own package (jte-maven-plugin, HTML content type: every {@code ${...}} is
 * escaped for where it stands); this finds them there. Nothing is compiled at run time.
 */
public final class Templates {

    private final TemplateEngine engine;

    private Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The templates generated into {@code packageName} (the module's jte-maven-plugin {@code packageName}). */
    public static Templates precompiled(Class<?> owner, String packageName) {
        return new Templates(TemplateEngine.createPrecompiled(null, ContentType.Html, owner.getClassLoader(), packageName));
    }

    /** {@code name} rendered with its one parameter, {@code model}, ready to be a layout's body. */
    public Content render(String name, Object model) {
        return output -> engine.render(name, model, output);
    }
}
