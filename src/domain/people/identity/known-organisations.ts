/**
 * Well-known organisations of the social and solidarity economy world under their names and
 * acronyms in several languages. Aliases are compared after the same normalisation as any
 * organisation name (accents, articles, languages), so they are written plainly here.
 */
export const knownOrganisations: Record<string, string[]> = {
  undp: [
    'undp', 'pnud',
    'united nations development programme', 'united nations development program',
    'programme des nations unies pour le developpement', 'programa de las naciones unidas para el desarrollo',
  ],
  ilo: [
    'ilo', 'oit', 'bit',
    'international labour organization', 'international labour organisation', 'international labor organization', 'international labour office',
    'organisation internationale du travail', 'bureau international du travail',
    'organizacion internacional del trabajo', 'oficina internacional del trabajo',
  ],
  unrisd: [
    'unrisd',
    'united nations research institute for social development',
    'institut de recherche des nations unies pour le developpement social',
    'instituto de investigacion de las naciones unidas para el desarrollo social',
  ],
  oecd: [
    'oecd', 'ocde',
    'organisation for economic co operation and development', 'organization for economic cooperation and development',
    'organisation de cooperation et de developpement economiques',
    'organizacion para la cooperacion y el desarrollo economicos',
  ],
  untfsse: [
    'untfsse', 'untfssse', 'tfsse',
    'united nations inter agency task force on social and solidarity economy', 'un inter agency task force on social and solidarity economy',
    'united nations task force on social and solidarity economy',
    'task force des nations unies sur l economie sociale et solidaire',
    'groupe de travail inter agences des nations unies sur l economie sociale et solidaire',
    'grupo de trabajo interinstitucional de las naciones unidas sobre economia social y solidaria',
  ],
  gsef: [
    'gsef', 'global social economy forum', 'forum mondial de l economie sociale', 'forum global de l economie sociale',
    'foro global de economia social', 'foro global de la economia social', 'gizarte ekonomiaren mundu foroa',
  ],
  ripess: [
    'ripess',
    'reseau intercontinental de promotion de l economie sociale solidaire',
    'intercontinental network for the promotion of social solidarity economy',
    'red intercontinental de promocion de la economia social solidaria',
  ],
  ciriec: [
    'ciriec',
    'centre international de recherches et d information sur l economie publique sociale et cooperative',
    'international centre of research and information on the public social and cooperative economy',
    'centro internacional de investigacion e informacion sobre la economia publica social y cooperativa',
  ],
  'european-commission': [
    'european commission', 'commission europeenne', 'comision europea', 'commissione europea', 'comissio europea', 'europako batzordea',
  ],
  'european-union': ['european union', 'union europeenne', 'union europea', 'unione europea', 'ue', 'eu'],
  'united-nations': ['united nations', 'nations unies', 'naciones unidas', 'organisation des nations unies', 'onu', 'un'],
  uclg: [
    'uclg', 'cglu', 'united cities and local governments', 'cites et gouvernements locaux unis', 'ciudades y gobiernos locales unidos',
  ],
  wfto: ['wfto', 'world fair trade organization', 'organisation mondiale du commerce equitable', 'organizacion mundial del comercio justo'],
  ica: [
    'international cooperative alliance', 'international co operative alliance', 'alliance cooperative internationale',
    'alianza cooperativa internacional', 'ica', 'aci',
  ],
  'world-bank': ['world bank', 'banque mondiale', 'banco mundial'],
};
