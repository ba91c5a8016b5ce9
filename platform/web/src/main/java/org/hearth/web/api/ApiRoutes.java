package org.hearth.web.api;

/** What a feature module implements to serve its operations of the contract. */
@FunctionalInterface
public interface ApiRoutes {
    void register(ApiOperations operations);
}
