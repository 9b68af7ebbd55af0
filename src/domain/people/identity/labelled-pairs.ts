import type { OrganisationEvidence } from './organisation-match.js';
import type { PersonEvidence } from './person-match.js';

/**
 * Pairs of mentions labelled by hand from the seed documents in /work/shared/seeds/:
 * 000 = workshop sheet (000_d16fba4579c4ad7d.txt), 002 = Bilbao 2018 book (002_307cc80dd0114172.txt),
 * 003 = concept note (003_3df5da9506e4b05d.txt), 004 = co-creation sheet (004_008c192a8679517f.txt).
 * `source` gives file:line of each side; "variant" marks a spelling derived from a seed name
 * (accents dropped, case, honorific, slip, word order, language) rather than copied.
 * `same` is the truth; the matchers must never answer 'same' when it is false.
 */
export interface LabelledPair<T> {
  a: T;
  b: T;
  same: boolean;
  source: string;
  note: string;
}

const canada = 'Canada';

export const labelledPersonPairs: LabelledPair<PersonEvidence>[] = [
  // --- the same person, written in two places or two ways ---
  {
    a: { name: 'M. Mohammed Salhi', organisation: "Espace Marocain de l'Economie Sociale, Solidaire et Environnementale (EMESSE)", country: 'Maroc' },
    b: { name: 'M. Mohammed Salhi', organisation: "Espace marocain d'Économie Sociale et Solidaire et d'Environnement (EMESSE)", country: 'Maroc' },
    same: true, source: '000:47 / 002:579', note: 'same speaker in two forums, organisation worded differently',
  },
  {
    a: { name: 'Mme Béatrice Alain', organisation: "Chantier de l'économie sociale", country: 'Québec, Canada' },
    b: { name: 'Béatrice Alain. Directrice générale.', organisation: "Chantier de l'Économie Sociale", country: canada },
    same: true, source: '000:61 / 002:784', note: 'honorific against glued role title',
  },
  {
    a: { name: "Béatrice Alain est directrice générale du Chantier de l'économie sociale" },
    b: { name: 'Mme Béatrice Alain' },
    same: true, source: '000:61 / 000:61', note: 'role sentence glued to the name',
  },
  {
    a: { name: 'M. Honoré Ouantchi' },
    b: { name: 'Monsieur Honoré OUANTCHI est ivoirien' },
    same: true, source: '000:55 / 000:55', note: 'case and honorific',
  },
  {
    a: { name: 'Dr. Honoré OUANTCHI', country: "Côte d'Ivoire" },
    b: { name: 'M. Honoré Ouantchi', country: "Côte-d'Ivoire" },
    same: true, source: '000:55 / 000:55', note: 'Dr against M., country spelled two ways',
  },
  {
    a: { name: 'OUANTCHI Honoré' },
    b: { name: 'M. Honoré Ouantchi' },
    same: true, source: 'variant of 000:55 / 000:55', note: 'surname first in capitals',
  },
  {
    a: { name: 'Honore Ouantchi' },
    b: { name: 'Dr. Honoré OUANTCHI' },
    same: true, source: 'variant of 000:55 / 000:55', note: 'accent dropped',
  },
  {
    a: { name: 'H. Ouantchi' },
    b: { name: 'Dr. Honoré OUANTCHI' },
    same: true, source: 'variant of 000:55 / 000:55', note: 'given name as an initial, no corroboration: maybe',
  },
  {
    a: { name: 'Chloé Sécher', organisation: 'Réseau des Collectivités Territoriales pour une Economie Solidaire (RTES)' },
    b: { name: 'Chloe Secher', organisation: 'RTES' },
    same: true, source: '000:43 / variant of 000:43', note: 'accents dropped, organisation as acronym',
  },
  {
    a: { name: 'Mme Johanne Lavoie', organisation: 'Ville de Montréal', country: canada },
    b: { name: 'Johanne Lavoie', organisation: 'City of Montreal', country: canada },
    same: true, source: '000:56 / variant of 000:56', note: 'organisation in English',
  },
  {
    a: { name: 'Johanne Lavoie' },
    b: { name: 'Johane Lavoie' },
    same: true, source: '000:56 / variant of 000:56', note: 'one-letter slip without corroboration: maybe',
  },
  {
    a: { name: 'Mme. Awaali Shamim Namusisi : Conseiller à la jeunesse. Ouganda', country: 'Ouganda' },
    b: { name: 'Mme. Awaali Shamim Namusisi, Conseillère municipale à la Jeunesse', organisation: 'Division de Nakawa, Ville de Kampala', country: 'Ouganda' },
    same: true, source: '002:314 / 002:580', note: 'same person in two workshops of the book',
  },
  {
    a: { name: 'Elise Pierrette Memong Meno Epse Mpoung. Coordonnatrice RESSCAM – SG RAESS.', organisation: "Réseau national de l'ESS", country: 'Cameroun' },
    b: { name: 'Mme. Elise Pierrette Memong Meno - Epse Mpoung', organisation: "Réseau de Parlementaires sur l'Économie Sociale", country: 'Cameroun' },
    same: true, source: '002:247 / 002:583', note: 'married name marker, different organisations: maybe',
  },
  {
    a: { name: 'Elise Pierrette Memong Meno' },
    b: { name: 'Mme. Elise Pierrette Memong Meno - Epse Mpoung' },
    same: true, source: 'variant of 002:583 / 002:583', note: 'married name left out',
  },
  {
    a: { name: 'M. Ronald Nsubuga Balimwezo, Maire', organisation: 'District de Nakawa, Ville de Kampala', country: 'Ouganda' },
    b: { name: 'M. Ronal Nsubuga Balimwezo. Maire du District de Nawaka. Kampala. Ouganda', organisation: 'District de Nawaka', country: 'Ouganda' },
    same: true, source: '002:572 / 002:831', note: 'one-letter slip in the book itself, district misspelled too',
  },
  {
    a: { name: 'M. Malick Diop', organisation: "Plate-forme d'Agents non Étatiques", country: 'Sénégal' },
    b: { name: 'Malick Diop. Coordonnateur.', organisation: 'Plateforme des acteurs non étatiques', country: 'Sénégal' },
    same: true, source: '002:582 / 002:989', note: 'organisation translated two ways',
  },
  {
    a: { name: 'M. Madani Koumaré', organisation: "Réseau africain d'Économie Sociale et Solidaire", country: 'Mali' },
    b: { name: 'Madani Koumaré. Président.', organisation: 'RENAPESS Mali', country: 'Mali' },
    same: true, source: '002:820 / 002:899', note: 'two organisations for one person: maybe',
  },
  {
    a: { name: 'M. Roberto di Meglio. Spécialiste technique Senior chez ILO', organisation: 'ILO' },
    b: { name: 'Modérateur : Roberto di Meglio', organisation: 'OIT' },
    same: true, source: '002:428 / 002:421', note: 'ILO and OIT',
  },
  {
    a: { name: 'M. Roberto di Meglio. Conclusions' },
    b: { name: 'M. Roberto Di Meglio', organisation: 'ILO' },
    same: true, source: '002:953 / 002:428', note: 'particle case',
  },
  {
    a: { name: 'M. Juan Carlos Díaz Macías', organisation: 'FAMSÍ' },
    b: { name: 'M. Juan Carlos Díaz', organisation: 'FAMSÍ' },
    same: true, source: '002:427 / 002:950', note: 'second surname dropped, same organisation',
  },
  {
    a: { name: 'Mme. Tita Larasati', organisation: 'Forum de création de la ville de Bandung (BCCF)', country: 'Indonésie' },
    b: { name: 'Dwinita Larasati. Secrétaire générale.', organisation: 'Bandung Creative City Forum', country: 'Indonésie' },
    same: true, source: '002:313 / 002:800', note: 'short form of the given name, same organisation: maybe',
  },
  {
    a: { name: 'Mme. Alain, qui a une formation en économie', organisation: "Chantier de l'économie sociale" },
    b: { name: 'Béatrice Alain', organisation: "Chantier de l'économie sociale" },
    same: true, source: '000:65 / 000:61', note: 'surname only: maybe through the organisation',
  },
  {
    a: { name: 'Laurence Kwark- Secrétaire Générale de GSEF', organisation: 'GSEF' },
    b: { name: 'Mme Laurence Kwark', organisation: 'Global Social Economy Forum' },
    same: true, source: '002:564 / variant of 002:564', note: 'dash-glued role, organisation spelled out',
  },
  {
    a: { name: "M. Jean Pierre Elong Mbassi - Secrétaire Général d'UCLG Afrique" },
    b: { name: 'Jean-Pierre Elong Mbassi' },
    same: true, source: '002:564 / variant of 002:564', note: 'hyphenated given name',
  },
  {
    a: { name: 'Ha Inho. Directeur', country: 'République de Corée' },
    b: { name: 'HA Inho', country: 'Corée du Sud' },
    same: true, source: '002:111 / variant of 002:111', note: 'family name first in capitals',
  },
  {
    a: { name: 'Moo-Kwon Chung. Professeur de Politiques Publiques.' },
    b: { name: 'Mookwon Chung' },
    same: true, source: '002:369 / variant of 002:369', note: 'hyphen dropped from a Korean given name',
  },
  {
    a: { name: 'Vanessa Rosero Mañay. Responsable de Projets', organisation: 'Agence de développement Conquito' },
    b: { name: 'Vanessa Rosero Manay', organisation: 'Conquito' },
    same: true, source: '002:655 / variant of 002:663', note: 'ñ folded; organisation shortened',
  },
  {
    a: { name: 'Marina Gilaberte-Ferrús. Consultante sociale.', organisation: 'Mairie de Barcelone' },
    b: { name: 'Marina Gilaberte Ferrus', organisation: 'Ajuntament de Barcelona' },
    same: true, source: '002:965 / variant of 002:965', note: 'hyphenated surname, organisation in Catalan',
  },
  {
    a: { name: 'Elisabet Urbietta. Gérante.', organisation: 'Garapen' },
    b: { name: 'Elisabet Urbieta', organisation: 'Garapen' },
    same: true, source: '002:511 / variant of 002:511', note: 'one-letter slip with the same organisation',
  },
  {
    a: { name: 'M. Ilcheong Yi', organisation: 'UNRISD' },
    b: { name: 'Ilcheong Yi', organisation: 'United Nations Research Institute for Social Development' },
    same: true, source: '002:557 / variant of 002:557', note: 'organisation spelled out',
  },
  {
    a: { name: 'Jacques Charest. Directeur Général.', organisation: "Fiducie du chantier de l'économie sociale" },
    b: { name: 'J. Charest', organisation: "Fiducie du Chantier de l'économie sociale" },
    same: true, source: '002:273 / variant of 002:273 (org as 000:65)', note: 'initial with the same organisation',
  },
  {
    a: { name: 'M. Mohammed Salhi', country: 'Maroc' },
    b: { name: 'Mohamed Salhi', country: 'Maroc' },
    same: true, source: '000:47 / variant of 000:47', note: 'common transliteration slip with the same country',
  },
  {
    a: { name: 'M. Oscar Humberto Évora Santos, Maire', organisation: 'Ville de Praia', country: 'Cap Vert' },
    b: { name: 'Oscar Evora Santos', organisation: 'Mairie de Praia', country: 'Cabo Verde' },
    same: true, source: '002:570 / variant of 002:570', note: 'middle name dropped, same city hall',
  },
  {
    a: { name: 'M. Pascal Isoard Thomas. Conseiller technique du président' },
    b: { name: 'Pascal Isoard-Thomas' },
    same: true, source: '002:300 / variant of 002:300', note: 'double surname hyphenated',
  },
  {
    a: { name: 'Roser Hernández. Sous-directrice Générale', organisation: 'Generalitat de Catalogne' },
    b: { name: 'Roser Hernandez', organisation: 'Generalitat de Catalunya' },
    same: true, source: '002:351 / variant of 002:351', note: 'accent dropped, organisation in Catalan',
  },
  {
    a: { name: 'Patricia Andriot. Vice-Présidente du RTES', organisation: 'RTES' },
    b: { name: 'Patricia Andriot', organisation: 'Réseau des Collectivités Territoriales pour une Economie Solidaire' },
    same: true, source: '002:343 / variant of 002:343 (org as 000:43)', note: 'acronym against full name',
  },
  {
    a: { name: 'Béatrice Alain', organisation: "Chantier de l'Économie Sociale" },
    b: { name: 'Beatrice ALAIN', email: null },
    same: true, source: '002:784 / variant of 002:784', note: 'capitals and accent',
  },
  {
    a: { name: 'Chloé Sécher', email: 'c.secher@rtes.fr' },
    b: { name: 'C. Secher', email: 'C.Secher@rtes.fr ' },
    same: true, source: '000:43 / variant of 000:43', note: 'same email decides',
  },

  // --- different people that look alike ---
  {
    a: { name: 'Mme. Ariane Lim, PhilSEN/YSEN, Philippines', organisation: 'PhilSEN/YSEN', country: 'Philippines' },
    b: { name: 'Mme. María Youngsin Lim Coordinatrice Nationale', organisation: 'Commission du Commerce Équitable de Corée', country: 'Corée' },
    same: false, source: '002:308 / 002:711', note: 'same surname, different given names',
  },
  {
    a: { name: 'Mme. Ariane Lim' },
    b: { name: 'Ariane Kareaga. Chercheuse et professeur.', organisation: 'Lanki' },
    same: false, source: '002:308 / 002:1123', note: 'same given name',
  },
  {
    a: { name: 'María López. Directrice Corporative', organisation: 'Ausolan S. Coop', country: 'Espagne' },
    b: { name: 'Marta López Abril. Responsable du Département', organisation: 'GSD cooperativa', country: 'Espagne' },
    same: false, source: '002:629 / 002:1015', note: 'María and Marta López, both in Spain',
  },
  {
    a: { name: 'María López', country: 'Espagne' },
    b: { name: 'Marta López', country: 'Espagne' },
    same: false, source: 'variant of 002:629 / variant of 002:1015', note: 'one letter apart yet two given names',
  },
  {
    a: { name: 'María López', organisation: 'Ausolan S. Coop' },
    b: { name: 'Laura López Quintana. Responsable culturel.', organisation: 'Fiare Banca Ética' },
    same: false, source: '002:629 / 002:537', note: 'shared surname',
  },
  {
    a: { name: 'Modératrice : Mme. María Ferrer (Caritas)', organisation: 'Caritas' },
    b: { name: 'María Larraza. Directrice Marketing et Communication.', organisation: 'Gureak' },
    same: false, source: '002:706 / 002:740', note: 'two different María',
  },
  {
    a: { name: 'Maria Martínez', organisation: 'Red-WSM-Solidarité Mondiale' },
    b: { name: 'Erika Martínez. Responsable de communication.', organisation: 'Goiener S. Coop' },
    same: false, source: '002:147 / 002:758', note: 'shared surname',
  },
  {
    a: { name: 'Maria Martínez', country: 'République Dominicaine' },
    b: { name: 'María López', country: 'Espagne' },
    same: false, source: '002:147 / 002:629', note: 'shared given name',
  },
  {
    a: { name: 'Young Kim. Directeur exécutif.', country: 'République de Corée' },
    b: { name: 'Migyeong Kim. Directeur adjoint', country: 'République de Corée' },
    same: false, source: '002:265 / 002:335', note: 'shared surname, same country',
  },
  {
    a: { name: 'Ha Inho. Directeur' },
    b: { name: 'HA Eun Seong. Représentant du bureau de Gênes.' },
    same: false, source: '002:111 / 002:1181', note: 'shared family name written first',
  },
  {
    a: { name: 'M. Ilcheong Yi', organisation: 'UNRISD' },
    b: { name: 'M. Munchan Yi', organisation: 'Korea Telecom' },
    same: false, source: '002:557 / 002:829', note: 'shared surname',
  },
  {
    a: { name: 'M. Juan Carlos Díaz', organisation: 'FAMSÍ' },
    b: { name: 'Eduardo Díaz. Responsable de projets.', organisation: 'Agintzari' },
    same: false, source: '002:950 / 002:1089', note: 'shared surname',
  },
  {
    a: { name: 'César Díaz. Directeur Exécutif CIMA' },
    b: { name: 'M. Juan Carlos Díaz Macías' },
    same: false, source: '002:941 / 002:427', note: 'shared surname',
  },
  {
    a: { name: 'Laura Espiau. Facilitatrice de coopération.', organisation: 'C.I.T.I.E.S.' },
    b: { name: 'M. Gorka Espiau', organisation: 'Agirre Lehendakari Center' },
    same: false, source: '002:327 / 002:1208', note: 'shared surname',
  },
  {
    a: { name: 'Laura Mata. Directrice Commerciale', organisation: 'Elkargi-SGR' },
    b: { name: 'Laura Rubio. Directrice Secrétaire Technique.', organisation: 'Aeress' },
    same: false, source: '002:407 / 002:1173', note: 'shared given name',
  },
  {
    a: { name: 'Igor Ortega. Chercheur' },
    b: { name: 'Modérateur Paul Ortega - Directeur Général' },
    same: false, source: '002:221 / 002:825', note: 'shared surname',
  },
  {
    a: { name: 'M. Jacinto Santos', organisation: 'CITI-HABITAT', country: 'Cap Vert' },
    b: { name: 'M. Oscar Humberto Évora Santos, Maire', organisation: 'Ville de Praia', country: 'Cap Vert' },
    same: false, source: '002:578 / 002:570', note: 'shared surname, same country, same session',
  },
  {
    a: { name: 'Roser Hernández' },
    b: { name: 'Zalao Pérez Hernandez. Responsable du département' },
    same: false, source: '002:351 / 002:981', note: 'shared surname',
  },
  {
    a: { name: 'Federico Pérez' },
    b: { name: 'Zalao Pérez Hernandez' },
    same: false, source: '002:103 / 002:981', note: 'shared surname',
  },
  {
    a: { name: 'Elisabet Urbietta. Gérante.' },
    b: { name: "Elisabet Parés. Technicienne d'emploi." },
    same: false, source: '002:511 / 002:1113', note: 'shared given name',
  },
  {
    a: { name: 'David Bustos. Sous-directeur Général', organisation: 'Mairie de Madrid' },
    b: { name: 'Bernardino Sanz. Directeur Général Économie et Secteur Public', organisation: 'Mairie de Madrid' },
    same: false, source: '002:255 / 002:865', note: 'same organisation, different people',
  },
  {
    a: { name: "Ulla Engelmann. Chef d'Unité", organisation: 'Commission Européenne' },
    b: { name: 'M. Risto Raivio. Expert Senior', organisation: 'Commission Européenne' },
    same: false, source: '002:1196 / 002:302', note: 'same organisation, different people',
  },
  {
    a: { name: 'Mme. Joannah Caborn Wengler. Conseillère en communication, UNRISD', organisation: 'UNRISD' },
    b: { name: 'M. Sergio Sandoval. Conseiller en communication, UNRISD', organisation: 'UNRISD' },
    same: false, source: '002:555 / 002:558', note: 'same role and organisation',
  },
  {
    a: { name: "M. Carlos Ubaldo Zuñiga. Président d'ECOMUN." },
    b: { name: 'M. Carlos Mataix. itdUPM.' },
    same: false, source: '002:1206 / 002:1209', note: 'shared given name',
  },
  {
    a: { name: 'M. Jean Luis Bancel. Président de Crédit Coopératif.' },
    b: { name: 'Jean Luckner Romulus. Coordonnateur du Bureau national.' },
    same: false, source: '002:830 / 002:503', note: 'shared first given name',
  },
  {
    a: { name: 'Béatrice Alain' },
    b: { name: 'Beatriz Pons. Coordinatrice de programmes.' },
    same: false, source: '002:784 / 002:485', note: 'Béatrice and Beatriz',
  },
  {
    a: { name: 'Mme. Lucía Castillo. Union Européenne' },
    b: { name: 'Mme. Luz Mery López Pascagaza' },
    same: false, source: '002:1205 / 002:1207', note: 'same session',
  },
  {
    a: { name: 'Laura López Quintana' },
    b: { name: 'Marta López Abril' },
    same: false, source: '002:537 / 002:1015', note: 'shared first surname',
  },
  {
    a: { name: 'Javier Mariño. Gérant- Koopera.' },
    b: { name: 'M. Javier Quijada. SADECO.' },
    same: false, source: '002:95 / 002:951', note: 'shared given name',
  },
  {
    a: { name: 'Juhee Lit. Directeur de relations internationales.' },
    b: { name: 'Mme. Ariane Lim' },
    same: false, source: '002:1157 / 002:308', note: 'Lit and Lim',
  },
  {
    a: { name: 'Mme. Sara Hoefflich. UCGL.' },
    b: { name: "Sara D'Attorre. Fonctionnaire de projets." },
    same: false, source: '002:949 / 002:1165', note: 'shared given name',
  },
  {
    a: { name: "M. Laurent Levesque. Section juvénile du Chantier de l'Économie Sociale", organisation: "Chantier de l'Économie Sociale" },
    b: { name: 'Béatrice Alain. Directrice générale.', organisation: "Chantier de l'Économie Sociale" },
    same: false, source: '002:312 / 002:784', note: 'same organisation',
  },
  {
    a: { name: 'M. Madani Koumaré', country: 'Mali' },
    b: { name: 'M. Mahamane Toure, Directeur du Département', country: 'Mali' },
    same: false, source: '002:820 / 002:571', note: 'similar names, same country',
  },
  {
    a: { name: 'Elise Pierrette Memong Meno Epse Mpoung' },
    b: { name: 'Elisenda Vugué. Directrice Exécutive' },
    same: false, source: '002:247 / 002:129', note: 'Elise and Elisenda',
  },
  {
    a: { name: 'Mme Chloé Sécher' },
    b: { name: 'M. Chloé Sécher' },
    same: true, source: 'variant of 000:43 / variant of 000:43', note: 'honorific typo: the clash keeps it at maybe',
  },
];

export const labelledOrganisationPairs: LabelledPair<OrganisationEvidence>[] = [
  // --- the same organisation ---
  { a: 'Réseau des Collectivités Territoriales pour une Economie Solidaire (RTES)', b: 'Réseau de collectivités territoriales par une économie solidaire - RTES. Lille, France', same: true, source: '000:43 / 002:339', note: 'two wordings, acronym in brackets or after a dash' },
  { a: 'RTES', b: 'Réseau des Collectivités Territoriales pour une Economie Solidaire (RTES)', same: true, source: '002:343 / 000:43', note: 'acronym alone' },
  { a: 'RTES', b: 'Réseau de collectivités territoriales par une économie solidaire', same: true, source: '002:343 / 002:339 without its acronym', note: 'acronym skips a word of the name: maybe' },
  { a: "Espace Marocain de l'Economie Sociale, Solidaire et Environnementale (EMESSE)", b: "Espace marocain d'Économie Sociale et Solidaire et d'Environnement (EMESSE)", same: true, source: '000:47 / 002:579', note: 'same acronym' },
  { a: "Chantier de l'économie sociale", b: "Chantier de l'Économie Sociale. Montréal, Canada", same: true, source: '000:61 / 002:780', note: 'case and accents, place after the name' },
  { a: 'Ville de Monreal', b: 'Ville de Montréal', same: true, source: '004:173 / 000:56', note: 'letter missing in the co-creation sheet' },
  { a: 'Ville de Montréal', b: 'Mairie de Montréal. Montréal, Canada', same: true, source: '000:56 / 002:877', note: 'Ville and Mairie' },
  { a: 'City of Montreal', b: 'Ville de Montréal, Québec, Canada', same: true, source: 'variant of 000:56 / 000:56', note: 'English' },
  { a: 'Ville de Barcelona', b: 'Mairie de Barcelone. Barcelone, Catalogne, Espagne', same: true, source: '004:174 / 002:125', note: 'French and Spanish city names' },
  { a: 'Ajuntament de Barcelona', b: 'Mairie de Barcelone', same: true, source: '002:965 (ajuntament.barcelona.cat) / 002:961', note: 'Catalan' },
  { a: 'Ville de Praia (Cabo Verde)', b: 'Mairie de Praia. Praia, Cap Vert', same: true, source: '004:175 / 002:117', note: 'country in brackets' },
  { a: 'PNUD', b: 'UNDP', same: true, source: '004:181 / 004:106', note: 'French and English acronyms' },
  { a: 'OIT', b: 'Tunisia (projet ILO) (TBC)', same: false, source: '004:181 / 004:176', note: 'a country line naming an ILO project is not the ILO' },
  { a: 'OIT', b: 'ILO', same: true, source: '004:181 / 002:428', note: 'French and English acronyms' },
  { a: 'OIT', b: 'Organisation internationale du Travail', same: true, source: '002:421 / variant', note: 'acronym and full name' },
  { a: 'UNRISD', b: 'United Nations Research Institute for Social Development', same: true, source: '004:106 / variant', note: 'spelled out' },
  { a: 'UNTFSSSE', b: "Task Force des Nations Unies sur l'économie sociale et solidaire (UNTFSSSE)", same: true, source: '004:106 / 004:154', note: 'acronym in brackets of a French name' },
  { a: 'GSEF', b: 'Global Social Economy Forum (GSEF)', same: true, source: '004:106 / 002:45', note: 'acronym and full name' },
  { a: 'GSEF', b: "Forum Mondial de l'Économie Sociale", same: true, source: '003:60 / 003:7', note: 'French full name' },
  { a: 'OCDE', b: 'OECD', same: true, source: '002:295 / variant', note: 'French and English acronyms' },
  { a: 'Commission Européenne', b: 'European Commission', same: true, source: '002:302 / variant', note: 'English' },
  { a: { name: 'Municipalité de Cordoba (Argentina) TBC' }, b: { name: 'Municipalidad de Córdoba', country: 'Argentina' }, same: true, source: '004:179 / variant', note: 'Spanish, same country' },
  { a: 'Mairie de Madrid. Madrid Espagne', b: 'Ayuntamiento de Madrid', same: true, source: '002:857 / variant', note: 'Spanish' },
  { a: 'Generalitat de Catalogne', b: 'Generalitat de Catalunya', same: true, source: '002:347 / variant', note: 'region name in Catalan' },
  { a: 'ARRASATEKO UDALA', b: 'AYUNTAMIENTO DE MONDRAGÓN', same: true, source: '002:1217 / 002:1218', note: 'Basque and Spanish names of one town hall' },
  { a: 'Organisation Mondiale de Commerce Équitable (WFTO)', b: 'World Fair Trade Organization', same: true, source: '002:712 / 002:703', note: 'French name with English acronym' },
  { a: 'Forum de création de la ville de Bandung (BCCF)', b: 'Bandung Creative City Forum', same: true, source: '002:313 / 002:796', note: 'acronym is the initials of the English name' },
  { a: 'UCLG', b: 'UCGL', same: true, source: '002:564 / 002:949', note: 'letters swapped: maybe' },
  { a: 'EURISCE', b: 'Euricse', same: true, source: '002:425 / 002:425 (euricse.eu)', note: 'letters swapped: maybe' },
  { a: 'Serenos Gijón S.L.L.', b: 'Serenos Gijon S.L.L.', same: true, source: '002:357 / 002:355', note: 'accent' },
  { a: 'Serenos Gijón S.L.L.', b: 'Serenos Gijon', same: true, source: '002:357 / 002:359', note: 'legal form left out' },
  { a: 'Peñascal S. Coop', b: 'Peñascal, S. Coop.', same: true, source: '002:720 / 002:722', note: 'legal form punctuation' },
  { a: "Plate-forme d'Agents non Étatiques, Sénégal", b: 'Plateforme des acteurs non étatiques. Dakar, Sénégal', same: true, source: '002:582 / 002:985', note: 'translated two ways: maybe' },
  { a: "Réseau de Parlementaires sur l'Économie Sociale, Cameroun", b: "Réseau de parlementaires de l'économie sociale et solidaire du Cameroun « la clé »", same: true, source: '002:583 / 002:135', note: 'shortened name: maybe' },
  { a: 'SAREEN SAREA', b: 'Sareen sarea', same: true, source: '002:607 / 002:1246', note: 'case' },
  { a: 'Ville de Séoul', b: 'Gouvernement Métropolitain de Séoul', same: true, source: '002:45 / 002:331', note: 'city and metropolitan government of Seoul' },
  { a: 'Université de Liverpool', b: 'University of Liverpool', same: true, source: '002:159 / variant', note: 'English' },
  { a: 'FAMSÍ', b: 'FAMSI', same: true, source: '002:427 / variant', note: 'accent' },
  { a: 'Mairie de Lyon', b: 'Ville de Lyon', same: true, source: '002:995 / variant', note: 'Ville and Mairie' },
  { a: 'Mairie de Séville', b: 'Ayuntamiento de Sevilla', same: true, source: '002:804 / variant', note: 'Spanish' },
  { a: 'Intendance de Montevideo', b: 'Intendencia de Montevideo', same: true, source: '002:1093 / variant', note: 'Spanish' },
  { a: 'EUDEL', b: 'Asociación de Municipios Vascos (EUDEL)', same: true, source: '002:1220 / 002:1223', note: 'acronym and full name' },
  { a: 'Conseil Américain des Entreprises Durables (ASBC)', b: 'American Sustainable Business Council', same: true, source: '002:85 / variant', note: 'English acronym on a French name' },
  { a: 'TIESS', b: 'TIESS. Montréal, Canada', same: true, source: '000:65 / 002:517', note: 'place after the name' },
  { a: 'Ville de Mexico', b: 'Ciudad de México', same: true, source: '003:5 / variant', note: 'Spanish' },
  { a: 'Ville de Bilbao', b: 'Bilboko Udala', same: true, source: '002:49 / variant', note: 'Basque' },
  { a: "Fiducie du chantier de l'économie sociale. Montréal, Canada", b: "Fiducie du Chantier de l'économie sociale", same: true, source: '002:269 / 000:65', note: 'case, place after the name' },
  { a: "Centre d'Économie Sociale de Séoul", b: 'Seoul Social Economy Center', same: true, source: '002:235 / variant', note: 'English' },

  // --- different organisations that look alike ---
  { a: "Chantier de l'économie sociale", b: "Fiducie du Chantier de l'économie sociale", same: false, source: '000:61 / 000:65', note: 'the Fiducie is a body of its own' },
  { a: "Chantier de l'Économie Sociale", b: "Fiducie du chantier de l'économie sociale. Montréal, Canada", same: false, source: '002:780 / 002:269', note: 'the Fiducie is a body of its own' },
  { a: "Chantier de l'Économie Sociale", b: "Section juvénile du Chantier de l'Économie Sociale", same: false, source: '002:780 / 002:312', note: 'a section of it' },
  { a: 'Mairie de Barcelone', b: 'Mairie de Madrid', same: false, source: '002:125 / 002:251', note: 'two cities' },
  { a: 'Mairie de Barcelone', b: 'Generalitat de Catalogne. Barcelone, Catalogne, Espagne', same: false, source: '002:125 / 002:347', note: 'city and regional government' },
  { a: 'Mairie de Barcelone', b: 'Barcelona Activa', same: false, source: '002:125 / 002:129', note: 'municipal agency, not the city hall' },
  { a: 'Mairie de Madrid', b: 'Institut Municipal de Consommation de la Mairie de Madrid', same: false, source: '002:251 / 002:710', note: 'a body of the city hall' },
  { a: 'Commission Européenne', b: 'Union Européenne', same: false, source: '002:302 / 002:1205', note: 'two EU bodies' },
  { a: 'Commission Européenne', b: 'Commission du Commerce Équitable de Corée', same: false, source: '002:302 / 002:711', note: 'both commissions' },
  { a: 'World Fair Trade Organization', b: 'Fair Trade Advocacy Office', same: false, source: '002:703 / 002:703', note: 'co-organisers' },
  { a: 'GSEF', b: "Comité d'organisation du réseau Gsef au Japon", same: false, source: '002:564 / 002:465', note: 'a national committee' },
  { a: 'Gouvernement Métropolitain de Séoul', b: "Centre d'Économie Sociale de Séoul", same: false, source: '002:331 / 002:235', note: 'a centre in the same city' },
  { a: 'Mairie de Lyon', b: 'Métropole de Lyon', same: false, source: '002:995 / 002:300 (Zone Métropolitaine de Lyon)', note: 'city and metropolis are separate governments' },
  { a: 'Ville de Praia', b: 'Ville de Bamako', same: false, source: '002:570 / 002:571', note: 'two cities' },
  { a: 'UCLG', b: 'UCLG Afrique', same: false, source: '002:949 / 002:564', note: 'regional section: at most maybe' },
  { a: 'RIPESS', b: 'RIPESS Québec', same: false, source: '002:383 / 002:818', note: 'regional network: at most maybe' },
  { a: 'Université de Mondragón', b: 'HUHEZI-Université de Mondragón', same: false, source: '002:221 / 002:746', note: 'a faculty of it' },
  { a: 'AERESS', b: 'FAEDEI', same: false, source: '002:728', note: 'two partners' },
  { a: 'REAS Euskadi', b: 'REAS Andalucía', same: false, source: '002:541 / 002:952', note: 'two regional networks' },
  { a: 'Mairie de Montréal', b: "Fiducie du chantier de l'économie sociale. Montréal, Canada", same: false, source: '002:877 / 002:269', note: 'same city' },
  { a: { name: 'Municipalité de Cordoba', country: 'Argentine' }, b: { name: 'Ayuntamiento de Córdoba', country: 'Espagne' }, same: false, source: '004:179 / variant', note: 'two Córdobas' },
  { a: 'Ayuntamiento de Córdoba', b: 'Municipalité de Cordoba (Argentina)', same: false, source: 'variant / 004:179', note: 'Córdoba without a country: at most maybe' },
  { a: 'Université de Liverpool', b: 'Université Paris-Dauphine', same: false, source: '002:159 / 002:788', note: 'two universities' },
  { a: 'OIT', b: 'OCDE', same: false, source: '002:421 / 002:295', note: 'two agencies' },
  { a: 'PNUD', b: 'UNRISD', same: false, source: '004:181 / 004:181', note: 'two UN bodies' },
  { a: 'Eroski', b: 'Fondation Eroski', same: false, source: '002:1045 / 002:1049', note: 'the foundation of a cooperative' },
  { a: "Association coréenne de Gouvernements Locaux pour l'Économie Sociale et Solidaire", b: 'Gouvernement Métropolitain de Séoul', same: false, source: '002:261 / 002:263', note: 'an association of governments' },
  { a: "Réseau national de l'ESS", b: "Réseau de parlementaires de l'économie sociale et solidaire du Cameroun « la clé »", same: false, source: '002:243 / 002:135', note: 'two Cameroonian networks' },
  { a: 'Groupe Terre', b: 'Groep Maatwerk', same: false, source: '002:491 / 002:457', note: 'two Belgian groups' },
];
