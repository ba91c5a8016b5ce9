package org.hearth.archfixture.kernel;

import org.hearth.archfixture.web.Page;

/** Fixture: a kernel class that wrongly reaches into the web layer. */
public final class LeakyKernel {
    public String leak() {
        return Page.render();
    }
}
