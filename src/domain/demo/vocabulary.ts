/** Words of the social and solidarity economy in the forum's three languages, to compose demo content. */
export interface Trilingual {
  fr: string;
  es: string;
  en: string;
}

export const themes: (Trilingual & { code: string })[] = [
  { code: 'policy', fr: 'Politiques publiques locales', es: 'Políticas públicas locales', en: 'Local public policies' },
  { code: 'innovation', fr: 'Innovation sociale', es: 'Innovación social', en: 'Social innovation' },
  { code: 'finance', fr: 'Finance solidaire', es: 'Finanzas solidarias', en: 'Solidarity finance' },
  { code: 'inclusion', fr: 'Insertion socioprofessionnelle', es: 'Inserción sociolaboral', en: 'Work integration' },
  { code: 'youth', fr: 'Jeunesse et éducation', es: 'Juventud y educación', en: 'Youth and education' },
  { code: 'gender', fr: 'Égalité femmes-hommes et soins', es: 'Igualdad de género y cuidados', en: 'Gender equality and care' },
  { code: 'ecology', fr: 'Transition écologique', es: 'Transición ecológica', en: 'Ecological transition' },
  { code: 'alliances', fr: 'Alliances et coopération', es: 'Alianzas y cooperación', en: 'Alliances and cooperation' },
];

export const thematicLines: (Trilingual & { axes: Trilingual[] })[] = [
  {
    fr: 'Valeurs et compétitivité', es: 'Valores y competitividad', en: 'Values and competitiveness',
    axes: [
      { fr: "Entreprendre autrement", es: 'Emprender de otra manera', en: 'Doing business differently' },
      { fr: 'Mesurer l’impact social', es: 'Medir el impacto social', en: 'Measuring social impact' },
    ],
  },
  {
    fr: 'Villes et territoires inclusifs', es: 'Ciudades y territorios inclusivos', en: 'Inclusive cities and territories',
    axes: [
      { fr: 'Co-construction des politiques', es: 'Co-construcción de políticas', en: 'Co-building policies' },
      { fr: 'Services de proximité', es: 'Servicios de proximidad', en: 'Local services' },
    ],
  },
  {
    fr: 'Emploi décent et avenir du travail', es: 'Trabajo decente y futuro del trabajo', en: 'Decent work and the future of work',
    axes: [
      { fr: 'Coopératives de travail', es: 'Cooperativas de trabajo', en: 'Worker cooperatives' },
      { fr: 'Économie informelle', es: 'Economía informal', en: 'Informal economy' },
    ],
  },
  {
    fr: 'Transitions justes', es: 'Transiciones justas', en: 'Just transitions',
    axes: [
      { fr: 'Circuits courts et alimentation', es: 'Circuitos cortos y alimentación', en: 'Short supply chains and food' },
      { fr: 'Énergie citoyenne', es: 'Energía ciudadana', en: 'Community energy' },
    ],
  },
];

export const workshopSubjects: Trilingual[] = [
  { fr: 'Stratégies de collaboration entre gouvernements locaux et économie sociale', es: 'Estrategias de colaboración entre gobiernos locales y economía social', en: 'Collaboration strategies between local governments and the social economy' },
  { fr: 'Alliances entre organisations', es: 'Alianzas entre organizaciones', en: 'Alliances between organisations' },
  { fr: 'Inclusion socioprofessionnelle', es: 'Inclusión sociolaboral', en: 'Work integration' },
  { fr: 'Éducation, jeunes et technologie', es: 'Educación, jóvenes y tecnología', en: 'Education, youth and technology' },
  { fr: 'Outils de financement des organisations', es: 'Herramientas de financiación de las entidades', en: 'Financing tools for organisations' },
  { fr: 'L’économie sociale dans les politiques publiques', es: 'La economía social en las políticas públicas', en: 'The social economy in public policies' },
  { fr: 'Entrepreneuriat et innovation sociale', es: 'Emprendimiento e innovación social', en: 'Entrepreneurship and social innovation' },
  { fr: 'Le futur du travail', es: 'El futuro del trabajo', en: 'The future of work' },
  { fr: 'Démocratisation des soins', es: 'Democratización de los cuidados', en: 'Democratising care' },
  { fr: 'Circuits alimentaires de proximité', es: 'Circuitos alimentarios de proximidad', en: 'Local food systems' },
  { fr: 'Communs urbains et logement coopératif', es: 'Bienes comunes urbanos y vivienda cooperativa', en: 'Urban commons and cooperative housing' },
  { fr: 'Monnaies locales et finance éthique', es: 'Monedas locales y finanzas éticas', en: 'Local currencies and ethical finance' },
  { fr: 'Plateformes coopératives et numérique', es: 'Plataformas cooperativas y digitalización', en: 'Platform cooperatives and digital tools' },
  { fr: 'Économie circulaire et réemploi', es: 'Economía circular y reutilización', en: 'Circular economy and reuse' },
  { fr: 'Tourisme solidaire', es: 'Turismo solidario', en: 'Solidarity tourism' },
];

export const initiativeActions: Trilingual[] = [
  { fr: 'Une coopérative de', es: 'Una cooperativa de', en: 'A cooperative for' },
  { fr: 'Un réseau municipal pour', es: 'Una red municipal para', en: 'A municipal network for' },
  { fr: 'Un fonds citoyen pour', es: 'Un fondo ciudadano para', en: 'A citizen fund for' },
  { fr: 'Un laboratoire d’idées sur', es: 'Un laboratorio de ideas sobre', en: 'An ideas lab on' },
  { fr: 'Un programme d’accompagnement pour', es: 'Un programa de acompañamiento para', en: 'A support programme for' },
  { fr: 'Une plateforme partagée pour', es: 'Una plataforma compartida para', en: 'A shared platform for' },
];

export const initiativeObjects: Trilingual[] = [
  { fr: 'l’insertion des jeunes', es: 'la inserción de jóvenes', en: 'young people’s integration' },
  { fr: 'l’agroécologie paysanne', es: 'la agroecología campesina', en: 'peasant agroecology' },
  { fr: 'le recyclage textile', es: 'el reciclaje textil', en: 'textile recycling' },
  { fr: 'les soins à domicile', es: 'los cuidados a domicilio', en: 'home care' },
  { fr: 'le logement abordable', es: 'la vivienda asequible', en: 'affordable housing' },
  { fr: 'les marchés de producteurs', es: 'los mercados de productores', en: 'producers’ markets' },
  { fr: 'l’énergie renouvelable', es: 'la energía renovable', en: 'renewable energy' },
  { fr: 'la planification familiale', es: 'la planificación familiar', en: 'family planning' },
  { fr: 'les femmes entrepreneures', es: 'las mujeres emprendedoras', en: 'women entrepreneurs' },
  { fr: 'la reprise d’entreprises par les salariés', es: 'la recuperación de empresas por sus trabajadores', en: 'worker buy-outs' },
  { fr: 'la mobilité partagée', es: 'la movilidad compartida', en: 'shared mobility' },
  { fr: 'la culture de quartier', es: 'la cultura de barrio', en: 'neighbourhood culture' },
];

export const organisationKindsByShare = [
  'cooperative', 'cooperative', 'association', 'association', 'local_government', 'social_enterprise', 'network', 'foundation', 'mutual',
  'university', 'national_government', 'company',
] as const;

export const organisationPrefixes: Record<(typeof organisationKindsByShare)[number], Trilingual> = {
  cooperative: { fr: 'Coopérative', es: 'Cooperativa', en: 'Cooperative' },
  association: { fr: 'Association', es: 'Asociación', en: 'Association' },
  local_government: { fr: 'Mairie de', es: 'Ayuntamiento de', en: 'City of' },
  social_enterprise: { fr: 'Entreprise sociale', es: 'Empresa social', en: 'Social enterprise' },
  network: { fr: 'Réseau', es: 'Red', en: 'Network' },
  foundation: { fr: 'Fondation', es: 'Fundación', en: 'Foundation' },
  mutual: { fr: 'Mutuelle', es: 'Mutualidad', en: 'Mutual' },
  university: { fr: 'Université de', es: 'Universidad de', en: 'University of' },
  national_government: { fr: 'Ministère de l’Économie sociale,', es: 'Ministerio de Economía Social,', en: 'Ministry of Social Economy,' },
  company: { fr: 'Société', es: 'Sociedad', en: 'Company' },
};

export const roleTitles: Trilingual[] = [
  { fr: 'Coordinatrice de projets', es: 'Coordinadora de proyectos', en: 'Project coordinator' },
  { fr: 'Directeur général', es: 'Director general', en: 'Managing director' },
  { fr: 'Chargée de mission', es: 'Responsable de misión', en: 'Policy officer' },
  { fr: 'Présidente', es: 'Presidenta', en: 'Chair' },
  { fr: 'Enseignant-chercheur', es: 'Profesor investigador', en: 'Lecturer and researcher' },
  { fr: 'Commissaire à l’économie sociale', es: 'Comisionada de economía social', en: 'Social economy commissioner' },
  { fr: 'Technicienne municipale', es: 'Técnica municipal', en: 'Municipal officer' },
];

export const objectiveVerbs: Trilingual[] = [
  { fr: 'Partager des expériences sur', es: 'Compartir experiencias sobre', en: 'Share experiences of' },
  { fr: 'Identifier les acteurs clés de', es: 'Identificar a los actores clave de', en: 'Identify the key actors of' },
  { fr: 'Proposer des stratégies pour', es: 'Proponer estrategias para', en: 'Propose strategies for' },
  { fr: 'Réfléchir aux inégalités liées à', es: 'Reflexionar sobre las desigualdades ligadas a', en: 'Reflect on the inequalities around' },
];

export const questionStarts: Trilingual[] = [
  { fr: 'Quelles actions locales pour', es: '¿Qué acciones locales para', en: 'Which local actions for' },
  { fr: 'Comment les collectivités peuvent-elles soutenir', es: '¿Cómo pueden los gobiernos locales apoyar', en: 'How can local governments support' },
  { fr: 'Quels obstacles freinent', es: '¿Qué obstáculos frenan', en: 'What holds back' },
];

export const partnerOrganisations = [
  { acronym: 'OECD', kind: 'international_organisation', fr: 'Organisation de coopération et de développement économiques', es: 'Organización para la Cooperación y el Desarrollo Económicos', en: 'Organisation for Economic Co-operation and Development' },
  { acronym: 'ILO', kind: 'international_organisation', fr: 'Organisation internationale du travail', es: 'Organización Internacional del Trabajo', en: 'International Labour Organization' },
  { acronym: 'UNRISD', kind: 'international_organisation', fr: 'Institut de recherche des Nations unies pour le développement social', es: 'Instituto de Investigación de las Naciones Unidas para el Desarrollo Social', en: 'United Nations Research Institute for Social Development' },
  { acronym: 'RIPESS', kind: 'network', fr: 'Réseau intercontinental de promotion de l’économie sociale solidaire', es: 'Red Intercontinental de Promoción de la Economía Social Solidaria', en: 'Intercontinental Network for the Promotion of Social Solidarity Economy' },
  { acronym: 'GSEF', kind: 'network', fr: 'Forum mondial de l’économie sociale', es: 'Foro Global de la Economía Social', en: 'Global Social Economy Forum' },
  { acronym: 'RTES', kind: 'network', fr: 'Réseau des collectivités territoriales pour une économie solidaire', es: 'Red de entidades territoriales por una economía solidaria', en: 'Network of local authorities for a solidarity economy' },
] as const;
