/** What kind of request an envelope is, safe to log: Alexa's request types are short dotted identifiers. */
const REQUEST_TYPE = /^[A-Za-z][A-Za-z0-9.]{0,63}$/;

/** The request's type, or undefined when it has none or it is not shaped like one (it is then not logged). */
export function requestTypeOf(envelope: unknown): string | undefined {
  const type = (envelope as { request?: { type?: unknown } } | undefined)?.request?.type;
  return typeof type === 'string' && REQUEST_TYPE.test(type) ? type : undefined;
}
