/**
 * Cities and regions that appear in forum documents, with their names in fr/es/en/eu/ca.
 * Keys are canonical ids; aliases are folded (lowercase, no accents, words separated by one space).
 */
export const knownPlaces: Record<string, string[]> = {
  montreal: ['montreal', 'montreal qc'],
  quebec: ['quebec', 'quebec city', 'ville de quebec'],
  barcelona: ['barcelona', 'barcelone', 'barcellona'],
  madrid: ['madrid'],
  sevilla: ['sevilla', 'seville', 'siviglia'],
  bilbao: ['bilbao', 'bilbo'],
  donostia: ['donostia', 'san sebastian', 'saint sebastien', 'donostia san sebastian'],
  'vitoria-gasteiz': ['vitoria gasteiz', 'vitoria', 'gasteiz'],
  mondragon: ['mondragon', 'arrasate', 'arrasate mondragon'],
  gijon: ['gijon', 'xixon'],
  cordoba: ['cordoba', 'cordoue', 'cordova'],
  'mexico-city': ['mexico', 'mexico city', 'ciudad de mexico', 'cdmx', 'mexico df', 'mexico d f'],
  praia: ['praia'],
  lyon: ['lyon', 'lyons', 'lione'],
  paris: ['paris', 'parigi'],
  lille: ['lille', 'rijsel'],
  seoul: ['seoul', 'seul'],
  bamako: ['bamako'],
  dakar: ['dakar'],
  abidjan: ['abidjan'],
  kampala: ['kampala'],
  montevideo: ['montevideo'],
  quito: ['quito'],
  lima: ['lima'],
  'buenos-aires': ['buenos aires'],
  london: ['london', 'londres', 'londra'],
  'new-york': ['new york', 'nueva york', 'new york city', 'nyc'],
  brussels: ['brussels', 'bruxelles', 'bruselas', 'brussel', 'bruxelas'],
  geneva: ['geneva', 'geneve', 'ginebra', 'genf', 'ginevra'],
  amsterdam: ['amsterdam'],
  bologna: ['bologna', 'bologne', 'bolonia'],
  liverpool: ['liverpool'],
  tokyo: ['tokyo', 'tokio'],
  bandung: ['bandung'],
  sceaux: ['sceaux'],
  marica: ['marica'],
  pistoia: ['pistoia'],
  rennes: ['rennes', 'roazhon'],
  bordeaux: ['bordeaux'],
  'la-rochelle': ['la rochelle'],
  puebla: ['puebla'],
  austin: ['austin'],
  catalonia: ['catalonia', 'catalogne', 'catalunya', 'cataluna', 'catalogna'],
  'basque-country': ['basque country', 'pays basque', 'pais vasco', 'euskadi', 'euskal herria'],
  andalusia: ['andalusia', 'andalousie', 'andalucia'],
  navarre: ['navarre', 'navarra', 'nafarroa'],
};

let aliasIndex: Map<string, string> | null = null;

/** folded alias → canonical place id */
export function placeAliases(): Map<string, string> {
  if (aliasIndex) return aliasIndex;
  const built = new Map<string, string>();
  for (const [id, aliases] of Object.entries(knownPlaces)) {
    for (const alias of aliases) built.set(alias, id);
  }
  aliasIndex = built;
  return built;
}
