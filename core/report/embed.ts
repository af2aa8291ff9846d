/**
 * Inline `<script>` content is raw text that ends at the first `</script`, and `<!--` can
 * switch the parser into a mode where it swallows the next script tag. These helpers make
 * content safe to inline without changing what it means.
 */

/** JSON for a `type="application/json"` script: every `<` becomes `\u003c`, still valid JSON. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * JavaScript for an inline script. `\x3C` means `<` inside string, template and regex literals,
 * which is where these sequences occur in real bundles.
 */
export function javascriptForScript(code: string): string {
  return code.replace(/<(?=!--|\/?script)/gi, '\\x3C');
}
