import { countryKey } from '../../people/identity/index.js';
import { placeAliases } from '../../people/identity/place-names.js';
import { foldWords } from '../../people/identity/text-folding.js';

/** "Montréal", "montreal" and "Montreal, QC" share a key; "Barcelone" and "Barcelona" too. */
export function cityKey(city: string | null | undefined): string | null {
  if (!city?.trim()) return null;
  const folded = foldWords(city);
  if (!folded) return null;
  const aliases = placeAliases();
  return aliases.get(folded) ?? aliases.get(folded.split(' ')[0]!) ?? folded;
}

/** ISO code when the country is recognised in any forum language, else its folded spelling. */
export function countryKeyOf(country: string | null | undefined): string | null {
  if (!country?.trim()) return null;
  return countryKey(country) ?? (foldWords(country) || null);
}
