/**
 * The names of the cookies that carry a session and its CSRF secret. The
 * auth module sets and clears them; the plugins read them. They live here,
 * with the module, so the plugins depend on auth and never the other way
 * round (issue 23: no pair of modules importing each other).
 */
export const SESSION_COOKIE = 'jifen_sid';
export const CSRF_COOKIE = 'jifen_csrf';
