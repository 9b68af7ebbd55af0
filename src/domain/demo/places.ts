/** Where initiatives come from: ISO 3166 code, a city, its region, and the names people there often carry. */
export interface Place {
  country: string;
  city: string;
  region: string;
  names: 'latin' | 'french' | 'iberian' | 'korean' | 'anglo' | 'african';
}

export const places: Place[] = [
  { country: 'ES', city: 'Bilbao', region: 'País Vasco', names: 'iberian' },
  { country: 'ES', city: 'Barcelona', region: 'Cataluña', names: 'iberian' },
  { country: 'FR', city: 'Lyon', region: 'Auvergne-Rhône-Alpes', names: 'french' },
  { country: 'CA', city: 'Montréal', region: 'Québec', names: 'french' },
  { country: 'KR', city: 'Seoul', region: 'Seoul Capital Area', names: 'korean' },
  { country: 'MX', city: 'Ciudad de México', region: 'CDMX', names: 'latin' },
  { country: 'AR', city: 'Córdoba', region: 'Córdoba', names: 'latin' },
  { country: 'BR', city: 'São Paulo', region: 'São Paulo', names: 'latin' },
  { country: 'PE', city: 'Lima', region: 'Lima', names: 'latin' },
  { country: 'CO', city: 'Medellín', region: 'Antioquia', names: 'latin' },
  { country: 'CL', city: 'Valparaíso', region: 'Valparaíso', names: 'latin' },
  { country: 'EC', city: 'Quito', region: 'Pichincha', names: 'latin' },
  { country: 'BO', city: 'La Paz', region: 'La Paz', names: 'latin' },
  { country: 'UY', city: 'Montevideo', region: 'Montevideo', names: 'latin' },
  { country: 'CR', city: 'San José', region: 'San José', names: 'latin' },
  { country: 'US', city: 'Washington', region: 'District of Columbia', names: 'anglo' },
  { country: 'GB', city: 'Manchester', region: 'North West England', names: 'anglo' },
  { country: 'IE', city: 'Dublin', region: 'Leinster', names: 'anglo' },
  { country: 'PT', city: 'Lisboa', region: 'Lisboa', names: 'iberian' },
  { country: 'IT', city: 'Bologna', region: 'Emilia-Romagna', names: 'latin' },
  { country: 'BE', city: 'Liège', region: 'Wallonie', names: 'french' },
  { country: 'DE', city: 'Berlin', region: 'Berlin', names: 'anglo' },
  { country: 'SE', city: 'Malmö', region: 'Skåne', names: 'anglo' },
  { country: 'MA', city: 'Rabat', region: 'Rabat-Salé-Kénitra', names: 'african' },
  { country: 'TN', city: 'Tunis', region: 'Tunis', names: 'african' },
  { country: 'SN', city: 'Dakar', region: 'Dakar', names: 'african' },
  { country: 'CI', city: 'Abidjan', region: 'Abidjan', names: 'african' },
  { country: 'TG', city: 'Notsé', region: 'Plateaux', names: 'african' },
  { country: 'CM', city: 'Yaoundé', region: 'Centre', names: 'african' },
  { country: 'ML', city: 'Bamako', region: 'Bamako', names: 'african' },
  { country: 'CV', city: 'Praia', region: 'Santiago', names: 'iberian' },
  { country: 'ZA', city: 'Durban', region: 'KwaZulu-Natal', names: 'anglo' },
  { country: 'KE', city: 'Nairobi', region: 'Nairobi', names: 'african' },
  { country: 'JP', city: 'Kobe', region: 'Hyōgo', names: 'korean' },
  { country: 'PH', city: 'Quezon City', region: 'Metro Manila', names: 'latin' },
  { country: 'IN', city: 'Ahmedabad', region: 'Gujarat', names: 'anglo' },
  { country: 'GT', city: 'Quetzaltenango', region: 'Quetzaltenango', names: 'latin' },
];

export const givenNames: Record<Place['names'], string[]> = {
  latin: ['Ana', 'Carlos', 'Lucía', 'Mateo', 'Valentina', 'Diego', 'Camila', 'Rafael', 'Paula', 'Tomás', 'Giulia', 'Joana'],
  iberian: ['Itziar', 'Javier', 'Aliria', 'Elisenda', 'Mikel', 'Nerea', 'João', 'Marta', 'Iñaki', 'Ainhoa'],
  french: ['Chloé', 'Johanne', 'Béatrice', 'Honoré', 'Mathieu', 'Élodie', 'François', 'Geneviève', 'Luc', 'Sylvie'],
  korean: ['Inho', 'Jiyeon', 'Minsoo', 'Seoyeon', 'Hyunwoo', 'Eunji', 'Haruto', 'Yui'],
  anglo: ['David', 'Sarah', 'Priya', 'Thomas', 'Grace', 'Liam', 'Anna', 'Noah', 'Thandi'],
  african: ['Mohammed', 'Kevin', 'Aminata', 'Fatou', 'Kofi', 'Salma', 'Moussa', 'Awa', 'Yaw', 'Nadia'],
};

export const familyNames: Record<Place['names'], string[]> = {
  latin: ['García', 'Moreno', 'Pérez', 'Rodríguez', 'Fernández', 'Rossi', 'Silva', 'Torres', 'Rojas', 'Castillo'],
  iberian: ['Mariño', 'Ramos', 'Etxeberria', 'Vugalde', 'Santos', 'Aguirre', 'Lopes', 'Zubizarreta'],
  french: ['Sécher', 'Lavoie', 'Alain', 'Ouantchi', 'Tremblay', 'Dubois', 'Lefèvre', 'Gagnon', 'Moreau'],
  korean: ['Ha', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Tanaka', 'Sato'],
  anglo: ['Levine', 'Smith', 'Patel', 'Brown', 'Okafor', 'Johnson', 'Müller', 'Nkosi'],
  african: ['Salhi', 'Ossah', 'Diop', 'Traoré', 'Mensah', 'Benali', 'Koné', 'Ndiaye', 'Ouédraogo'],
};

export const honorifics = { female: ['Mme', 'Sra.', 'Ms', 'Dr.'], male: ['M.', 'Sr.', 'Mr', 'Dr.'] } as const;
export const femaleGivenNames = new Set([
  'Ana', 'Lucía', 'Valentina', 'Camila', 'Paula', 'Giulia', 'Joana', 'Itziar', 'Aliria', 'Elisenda', 'Nerea', 'Marta', 'Ainhoa', 'Chloé', 'Johanne',
  'Béatrice', 'Élodie', 'Geneviève', 'Sylvie', 'Jiyeon', 'Seoyeon', 'Eunji', 'Yui', 'Sarah', 'Priya', 'Grace', 'Anna', 'Thandi', 'Aminata', 'Fatou',
  'Salma', 'Awa', 'Nadia',
]);
