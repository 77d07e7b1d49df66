/**
 * The versions a form showed, as `slug:version` in a hidden field: what the person accepts is
 * what they were shown, and trust refuses it if a newer version came into force in between.
 */
export function versionsFieldValue(versions: { slug: string; version: number }[]): string {
  return versions.map((one) => `${one.slug}:${one.version}`).join(',');
}

export function parseVersionsField(value: string): { slug: string; version: number }[] {
  return value
    .split(',')
    .map((pair) => /^([a-z-]{1,60}):([1-9]\d{0,4})$/.exec(pair.trim()))
    .flatMap((match) => (match?.[1] && match[2] ? [{ slug: match[1], version: Number(match[2]) }] : []))
    .slice(0, 20);
}
