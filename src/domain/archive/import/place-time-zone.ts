/**
 * The IANA zone of a forum's host place, for documents that give a city and country but no zone.
 * Countries with one zone map directly; for countries spanning several, the host cities forums have
 * used are listed. Anything else is left to the organiser (`--time-zone`), never guessed.
 */
const zoneByCountry: Record<string, string> = {
  ES: 'Europe/Madrid', FR: 'Europe/Paris', BE: 'Europe/Brussels', IT: 'Europe/Rome', PT: 'Europe/Lisbon', DE: 'Europe/Berlin',
  GB: 'Europe/London', CH: 'Europe/Zurich', NL: 'Europe/Amsterdam', KR: 'Asia/Seoul', JP: 'Asia/Tokyo', MA: 'Africa/Casablanca',
  SN: 'Africa/Dakar', CI: 'Africa/Abidjan', CM: 'Africa/Douala', TG: 'Africa/Lome', TN: 'Africa/Tunis', CV: 'Atlantic/Cape_Verde',
  CO: 'America/Bogota', PE: 'America/Lima', EC: 'America/Guayaquil', UY: 'America/Montevideo', BO: 'America/La_Paz',
  DO: 'America/Santo_Domingo', CL: 'America/Santiago', PH: 'Asia/Manila', IN: 'Asia/Kolkata', ID: 'Asia/Jakarta', UG: 'Africa/Kampala',
};

const zoneByCity: Record<string, string> = {
  'montreal': 'America/Toronto', 'quebec': 'America/Toronto', 'toronto': 'America/Toronto', 'vancouver': 'America/Vancouver',
  'mexico': 'America/Mexico_City', 'ciudad de mexico': 'America/Mexico_City', 'ville de mexico': 'America/Mexico_City', 'mexico city': 'America/Mexico_City',
  'cordoba': 'America/Argentina/Cordoba', 'buenos aires': 'America/Argentina/Buenos_Aires',
  'sao paulo': 'America/Sao_Paulo', 'rio de janeiro': 'America/Sao_Paulo', 'marica': 'America/Sao_Paulo',
  'new york': 'America/New_York', 'washington': 'America/New_York', 'austin': 'America/Chicago', 'los angeles': 'America/Los_Angeles',
};

const fold = (value: string) => value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

export function zoneForPlace(city: string | null, country: string | null): string | null {
  if (city) {
    const byCity = zoneByCity[fold(city)];
    if (byCity) return byCity;
  }
  return country ? (zoneByCountry[country.toUpperCase()] ?? null) : null;
}
