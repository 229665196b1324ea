/**
 * The renderer's Content-Security-Policy, declared once: main sends it as a
 * header with every page of app://opsdeck, and the production build writes it
 * into index.html as a meta tag (which covers the browser build too).
 * style-src allows inline styles because Mantine sets style attributes; scripts stay 'self' only.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
]

export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ')

/** frame-ancestors is not allowed in a meta tag (browsers ignore it and log an error). */
export const CONTENT_SECURITY_POLICY_META = directives.join('; ')
