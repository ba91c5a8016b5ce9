/**
 * Authentication and authorisation with pac4j. Four kinds of callers: an individual's browser
 * session (form login, CSRF-protected), an individual's personal access token, a tenant's
 * OAuth2 access token (a JWT this platform signs), and staff with roles. Unauthenticated calls
 * get 401; authenticated calls of the wrong kind or role get 403.
 */
package org.hearth.web.security;
