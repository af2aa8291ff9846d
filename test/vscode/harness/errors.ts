/** A setup problem the developer must fix (missing apt package, failed install): no stack trace. */
export class HarnessError extends Error {
  override name = 'HarnessError';
}
