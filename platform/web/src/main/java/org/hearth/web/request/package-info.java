/**
 * What one request carries between the web packages: the actor a security guard admitted
 * ({@link org.hearth.web.request.RequestActor}). It depends on no other web package, so that
 * security (which sets it) and the pages and error pages (which read it) need not know each other.
 */
package org.hearth.web.request;
