/** 'es-AR', 'ES' and ' es ' all read as 'es': a reviewer who reads Spanish reads every Spanish. */
export function languageKey(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0]!;
}
