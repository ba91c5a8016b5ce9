/**
 * Authentication and authorisation with pac4j. Four kinds of callers: an individual's browser
 * session (form login, CSRF-protected), an individual's personal access token, a tenant's
 * OAuth2 access token (a JWT this platform signs), and staff with roles. Unauthenticated calls
 * get 401; authenticated calls of the wrong kind or role get 403. The page guards also apply the
 * signed-in person's account language ({@link org.hearth.web.security.SessionLanguage}: read
 * once per session, the page's switch stored in the account).
 */
package org.hearth.web.security;
