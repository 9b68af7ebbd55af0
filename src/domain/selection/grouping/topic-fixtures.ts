import type { GroupableItem } from './workshop-group.js';

/** Five clearly separate topics, four initiatives each, written in French, Spanish and English. */
export const topicInitiatives: Record<string, Omit<GroupableItem, 'id' | 'themes'>[]> = {
  housing: [
    { language: 'en', title: 'Housing cooperatives for affordable homes', text: 'Residents own and manage their housing cooperative; affordable rents and homes for families in the city.' },
    { language: 'fr', title: "Coopérative d'habitation à Montréal", text: 'Les habitants gèrent ensemble leur coopérative de logement : des loyers abordables et des logements pour les familles.' },
    { language: 'es', title: 'Cooperativas de vivienda en cesión de uso', text: 'Las cooperativas de vivienda ofrecen viviendas asequibles; los habitantes gestionan la cooperativa y los alquileres.' },
    { language: 'es', title: 'Vivienda cooperativa para familias', text: 'Un modelo de vivienda cooperativa y asequible; las familias habitan y gestionan la cooperativa de vivienda.' },
  ],
  finance: [
    { language: 'en', title: 'Ethical bank and microcredit', text: 'Solidarity finance: an ethical bank gives microcredit loans and savings accounts to social enterprises.' },
    { language: 'fr', title: 'Finance solidaire et microcrédit', text: "L'épargne solidaire finance des prêts de microcrédit ; une banque éthique pour les entreprises sociales." },
    { language: 'es', title: 'Banca ética y finanzas solidarias', text: 'Finanzas éticas: préstamos de microcrédito y ahorro solidario para financiar la economía social.' },
    { language: 'en', title: 'Community loan fund', text: 'A loan fund with microcredit and solidarity savings to finance small social enterprises; ethical finance.' },
  ],
  waste: [
    { language: 'en', title: 'Plastic waste recycling', text: 'Waste pickers collect plastic waste for recycling; recycled plastic is sold and waste leaves the landfill.' },
    { language: 'fr', title: 'Recyclage des déchets plastiques', text: 'Le tri et le recyclage des déchets plastiques ; une ressourcerie recycle les déchets et le plastique.' },
    { language: 'es', title: 'Reciclaje de residuos plásticos', text: 'Recicladores recogen residuos plásticos; el reciclaje del plástico reduce los residuos del vertedero.' },
    { language: 'fr', title: 'Ressourcerie et réemploi', text: 'Collecte des déchets, recyclage et réemploi des objets ; moins de déchets plastiques en décharge.' },
  ],
  food: [
    { language: 'en', title: 'Local food and organic agriculture', text: 'Small farmers sell organic food in short supply chains; agriculture and food for local markets.' },
    { language: 'fr', title: 'Circuits courts alimentaires', text: "Les agriculteurs vendent une alimentation biologique en circuits courts ; l'agriculture paysanne nourrit la ville." },
    { language: 'es', title: 'Alimentación local y agricultura ecológica', text: 'Agricultores y consumidores: la alimentación ecológica en circuitos cortos y la agricultura campesina.' },
    { language: 'es', title: 'Mercado de agricultores', text: 'Un mercado donde los agricultores venden alimentos ecológicos; agricultura local y alimentación sana.' },
  ],
  women: [
    { language: 'en', title: 'Women entrepreneurs network', text: 'Women entrepreneurs start businesses together; a feminist network for women entrepreneurship and leadership.' },
    { language: 'fr', title: 'Entrepreneuriat des femmes', text: "Un réseau féministe accompagne les femmes entrepreneures ; l'entrepreneuriat féminin et le leadership des femmes." },
    { language: 'es', title: 'Mujeres emprendedoras', text: 'Una red feminista de mujeres emprendedoras; el emprendimiento femenino y el liderazgo de las mujeres.' },
    { language: 'en', title: 'Feminist leadership for women', text: 'Training in leadership for women entrepreneurs; feminist entrepreneurship and women-led businesses.' },
  ],
};

/** The fixtures as items `housing-0` … `women-3`, shuffled by a fixed interleaving so topics are not adjacent. */
export function topicItems(themesOf: (topic: string) => string[] = () => []): GroupableItem[] {
  const topics = Object.keys(topicInitiatives);
  const items: GroupableItem[] = [];
  for (let index = 0; index < 4; index++)
    for (const topic of topics) items.push({ ...topicInitiatives[topic]![index]!, id: `${topic}-${index}`, themes: themesOf(topic) });
  return items;
}
