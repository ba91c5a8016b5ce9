package org.hearth.archfixture.cycles.tenants.b;

/** The other half of the cycle. */
public class B {
    private org.hearth.archfixture.cycles.tenants.a.A a;
}
