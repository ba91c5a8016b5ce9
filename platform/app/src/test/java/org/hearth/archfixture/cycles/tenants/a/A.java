package org.hearth.archfixture.cycles.tenants.a;

/** Broken: feature package a and feature package b of one module need each other (rule d). */
public class A {
    private org.hearth.archfixture.cycles.tenants.b.B b;
}
