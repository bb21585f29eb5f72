// 104_004_582de1b4eb09b674.cypher — facts from 004_582de1b4eb09b674.txt (src:004-582de1b4eb09b674):
// Bourgogne-Franche-Comté — délégation régionale au Japon, Exposition universelle d’Osaka (12–19 avril 2025).
// Requires 000_schema.cypher and 010_reference.cypher. Runs as one transaction, idempotent (MERGE on keys,
// full property sets). Entities shared with other articles carry the same key and the same properties in every
// script, a relationship asserted by several articles carries the union of their sources/quotes in each.

// ======== Organization nodes
MERGE (n:Organization {key: 'org:region-bourgogne-franche-comte'})
SET n += {
  name: 'Région Bourgogne-Franche-Comté',
  kind: 'regional_authority',
  aliases: ['Conseil régional de Bourgogne-Franche-Comté', 'Bourgogne-Franche-Comté Region'],
  searchText: 'region bourgogne-franche-comte conseil regional de bourgogne-franche-comte bourgogne-franche-comte region'
};
MERGE (n:Organization {key: 'org:dijon-metropole'})
SET n += {
  name: 'Dijon métropole',
  kind: 'city_authority',
  aliases: ['Métropole de Dijon', 'Dijon Métropole'],
  searchText: 'dijon metropole metropole de dijon'
};
MERGE (n:Organization {key: 'org:ville-de-dijon'})
SET n += {
  name: 'Ville de Dijon',
  kind: 'city_authority',
  aliases: ['Mairie de Dijon', 'City of Dijon'],
  searchText: 'ville de dijon mairie de dijon city of dijon'
};
MERGE (n:Organization {key: 'org:vitagora'})
SET n += {
  name: 'Vitagora',
  kind: 'cluster',
  aliases: ['pôle de compétitivité Vitagora', 'pôle Vitagora'],
  description: 'Pôle de compétitivité agroalimentaire et innovation nutritionnelle — 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation — partenaire officiel du Pavillon France de l’Exposition universelle d’Osaka 2025.',
  searchText: 'vitagora pole de competitivite vitagora pole vitagora'
};
MERGE (n:Organization {key: 'org:pole-vehicule-du-futur'})
SET n += {
  name: 'Pôle Véhicule du Futur',
  kind: 'cluster',
  description: 'Pôle de compétitivité mobilité et technologies vertes.',
  searchText: 'pole vehicule du futur'
};
MERGE (n:Organization {key: 'org:robotics-valley'})
SET n += {
  name: 'Robotics Valley',
  kind: 'cluster',
  description: 'Cluster régional dédié à la robotique.',
  searchText: 'robotics valley'
};
MERGE (n:Organization {key: 'org:cite-gastronomie-vin-dijon'})
SET n += {
  name: 'Cité internationale de la Gastronomie et du Vin de Dijon',
  kind: 'cultural_institution',
  aliases: ['Cité Internationale de la Gastronomie et du Vin'],
  description: 'Lieu emblématique du patrimoine culinaire.',
  searchText: 'cite internationale de la gastronomie et du vin de dijon cite internationale de la gastronomie et du vin'
};
MERGE (n:Organization {key: 'org:gppr'})
SET n += {
  name: 'Comité Gastronomie et Promotion des Produits Gourmands de Bourgogne-Franche-Comté',
  kind: 'business_association',
  aliases: ['GPPR'],
  searchText: 'comite gastronomie et promotion des produits gourmands de bourgogne-franche-comte gppr'
};
MERGE (n:Organization {key: 'org:aer-bourgogne-franche-comte'})
SET n += {
  name: 'Agence Économique Régionale',
  kind: 'economic_development_agency',
  aliases: ['AER Bourgogne-Franche-Comté', 'Agence Économique Régionale de Bourgogne-Franche-Comté'],
  searchText: 'agence economique regionale aer bourgogne-franche-comte agence economique regionale de bourgogne-franche-comte'
};
MERGE (n:Organization {key: 'org:ccir-bourgogne-franche-comte'})
SET n += {
  name: 'Chambre de Commerce et d’Industrie Régionale Bourgogne-Franche-Comté',
  kind: 'chamber',
  aliases: ['CCIR', 'Chambre de Commerce et d’Industrie Régionale', 'CCI Bourgogne-Franche-Comté'],
  searchText: "chambre de commerce et d'industrie regionale bourgogne-franche-comte ccir chambre de commerce et d'industrie regionale cci bourgogne-franche-comte"
};
MERGE (n:Organization {key: 'org:dijon-bourgogne-invest'})
SET n += {
  name: 'Dijon Bourgogne Invest',
  kind: 'economic_development_agency',
  searchText: 'dijon bourgogne invest'
};
MERGE (n:Organization {key: 'org:naro'})
SET n += {
  name: 'National Agriculture and Food Research Organization',
  nameJa: '農業・食品産業技術総合研究機構',
  kind: 'research_institute',
  aliases: ['NARO'],
  searchText: 'national agriculture and food research organization naro 農業・食品産業技術総合研究機構'
};
MERGE (n:Organization {key: 'org:kbcc'})
SET n += {
  name: 'Kyushu Bio Cluster Conference',
  kind: 'cluster',
  aliases: ['KBCC'],
  searchText: 'kyushu bio cluster conference kbcc'
};
MERGE (n:Organization {key: 'org:habb'})
SET n += {
  name: 'Hokkaido Association for BioBusiness',
  kind: 'business_association',
  aliases: ['HABB'],
  searchText: 'hokkaido association for biobusiness habb'
};
MERGE (n:Organization {key: 'org:suntory'})
SET n += {
  name: 'Suntory',
  nameJa: 'サントリー',
  kind: 'company',
  aliases: ['SUNTORY'],
  searchText: 'suntory サントリー'
};
// The prefecture as a partner (Organization) is distinct from the prefecture as a territory (place:kumamoto-prefecture).
MERGE (n:Organization {key: 'org:kumamoto-prefecture'})
SET n += {
  name: 'Préfecture de Kumamoto',
  nameJa: '熊本県',
  kind: 'regional_authority',
  aliases: ['Kumamoto Prefectural Government', 'préfecture de Kumamoto'],
  searchText: 'prefecture de kumamoto kumamoto prefectural government 熊本県'
};
MERGE (n:Organization {key: 'org:kumamoto-city'})
SET n += {
  name: 'Ville de Kumamoto',
  nameJa: '熊本市',
  kind: 'city_authority',
  aliases: ['Kumamoto City'],
  searchText: 'ville de kumamoto kumamoto city 熊本市'
};

// ======== Person nodes
MERGE (n:Person {key: 'person:nicolas-soret'})
SET n += {
  name: 'Nicolas Soret',
  searchText: 'nicolas soret'
};
MERGE (n:Person {key: 'person:patrick-molinoz'})
SET n += {
  name: 'Patrick Molinoz',
  searchText: 'patrick molinoz'
};
MERGE (n:Person {key: 'person:nathalie-koenders'})
SET n += {
  name: 'Nathalie Koenders',
  searchText: 'nathalie koenders'
};
MERGE (n:Person {key: 'person:jean-michel-verpillot'})
SET n += {
  name: 'Jean-Michel Verpillot',
  searchText: 'jean-michel verpillot'
};
MERGE (n:Person {key: 'person:lydie-pfander-meny'})
SET n += {
  name: 'Lydie Pfander Meny',
  searchText: 'lydie pfander meny'
};
MERGE (n:Person {key: 'person:francois-deseille'})
SET n += {
  name: 'François Deseille',
  searchText: 'francois deseille'
};

// ======== Place nodes
MERGE (n:Place {key: 'place:france-pavilion-expo-2025'})
SET n += {
  name: 'Pavillon France (Expo 2025 Osaka)',
  kind: 'venue',
  aliases: ['Pavillon France', 'France Pavilion'],
  searchText: 'pavillon france (expo 2025 osaka) pavillon france france pavilion'
};
MERGE (n:Place {key: 'place:hub-tech-japon'})
SET n += {
  name: 'Hub Tech Japon',
  kind: 'venue',
  description: '« Centre névralgique de l’innovation technologique japonaise » à Nagoya (nom tel que donné par la source).',
  searchText: 'hub tech japon'
};

// ======== Event nodes
MERGE (n:Event {key: 'evt:expo-2025-osaka'})
SET n += {
  name: 'Exposition universelle d’Osaka 2025',
  nameJa: '2025年日本国際博覧会',
  kind: 'expo',
  aliases: ['Expo 2025 Osaka', 'Exposition universelle Osaka-Kansai 2025', 'Exposition universelle d’Osaka', 'Expo 2025', 'Osaka Expo', '大阪・関西万博'],
  startDate: date('2025-01-01'),
  datePrecision: 'year',
  dateNote: 'Les articles ne donnent que l’année 2025 — les dates d’ouverture et de clôture ne sont pas dans les sources.',
  theme: 'Concevoir la société du futur, imaginer la vie de demain',
  searchText: "exposition universelle d'osaka 2025 expo 2025 osaka exposition universelle osaka-kansai 2025 exposition universelle d'osaka expo 2025 osaka expo 大阪・関西万博 2025年日本国際博覧会"
};
MERGE (n:Event {key: 'evt:bourgogne-franche-comte-mission-japan-2025'})
SET n += {
  name: 'Mission de la Région Bourgogne-Franche-Comté au Japon (Expo 2025 Osaka)',
  kind: 'trade_mission',
  aliases: ['délégation Bourgogne-Franche-Comté au Japon'],
  startDate: date('2025-04-12'),
  endDate: date('2025-04-19'),
  datePrecision: 'day',
  dateText: 'du 12 au 19 avril 2025',
  description: 'Délégation institutionnelle, économique et politique initiée par la Région Bourgogne-Franche-Comté et Dijon métropole pour participer à l’Exposition universelle d’Osaka : alimentation durable, prospection B-to-B, robotique et mobilité verte, partenariat avec la préfecture de Kumamoto.',
  searchText: 'mission de la region bourgogne-franche-comte au japon (expo 2025 osaka) delegation bourgogne-franche-comte au japon'
};
MERGE (n:Event {key: 'evt:dijon-kumamoto-tourism-promotion-2025'})
SET n += {
  name: 'Promotion touristique conjointe Dijon – Kumamoto',
  kind: 'tourism_promotion',
  startDate: date('2025-04-14'),
  endDate: date('2025-04-14'),
  datePrecision: 'day',
  context: 'Dans le cadre du partenariat bilatéral.',
  searchText: 'promotion touristique conjointe dijon - kumamoto'
};
MERGE (n:Event {key: 'evt:bfc-mobility-forum-osaka-2025'})
SET n += {
  name: 'Forum de la Mobilité',
  kind: 'business_forum',
  aliases: ['Mobility Forum Osaka'],
  startDate: date('2025-04-15'),
  endDate: date('2025-04-15'),
  datePrecision: 'day',
  description: 'Forum axé sur les nouvelles technologies d’électrification des transports.',
  searchText: 'forum de la mobilite mobility forum osaka'
};
MERGE (n:Event {key: 'evt:bfc-hub-tech-japon-immersion-2025'})
SET n += {
  name: 'Immersion au sein du Hub Tech Japon',
  kind: 'ecosystem_visit',
  startDate: date('2025-04-16'),
  endDate: date('2025-04-16'),
  datePrecision: 'day',
  searchText: 'immersion au sein du hub tech japon'
};
MERGE (n:Event {key: 'evt:bfc-sustainable-food-round-table-2025'})
SET n += {
  name: 'Table ronde de haut niveau sur l’alimentation durable',
  kind: 'round_table',
  startDate: date('2025-04-17'),
  endDate: date('2025-04-17'),
  datePrecision: 'day',
  searchText: "table ronde de haut niveau sur l'alimentation durable"
};
MERGE (n:Event {key: 'evt:bfc-visit-suntory-research-centre'})
SET n += {
  name: 'Visite du centre de recherche SUNTORY à Kyoto',
  kind: 'company_visit',
  dateNote: 'Pendant la mission du 12 au 19 avril 2025 — jour non donné.',
  searchText: 'visite du centre de recherche suntory a kyoto'
};
MERGE (n:Event {key: 'evt:bfc-visit-naro'})
SET n += {
  name: 'Visite des infrastructures de la NARO',
  kind: 'site_visit',
  dateNote: 'Pendant la mission du 12 au 19 avril 2025 — jour non donné.',
  searchText: 'visite des infrastructures de la naro'
};
MERGE (n:Event {key: 'evt:bfc-visit-japanese-agrifood-companies'})
SET n += {
  name: 'Visites d’entreprises japonaises du secteur agroalimentaire',
  kind: 'company_visit',
  dateNote: 'Pendant la mission du 12 au 19 avril 2025 — jours, lieux et entreprises non donnés.',
  searchText: "visites d'entreprises japonaises du secteur agroalimentaire"
};
MERGE (n:Event {key: 'evt:bfc-thematic-conferences-2025'})
SET n += {
  name: 'Conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain',
  kind: 'conference',
  dateNote: 'Pendant la mission du 12 au 19 avril 2025 — jours et lieux non donnés.',
  searchText: "conferences thematiques sur l'alimentation durable, la mobilite et les technologies de demain"
};
MERGE (n:Event {key: 'evt:bfc-b2b-meetings-2025'})
SET n += {
  name: 'Rencontres B-to-B de la mission Bourgogne-Franche-Comté',
  kind: 'b2b_meetings',
  dateNote: 'Pendant la mission du 12 au 19 avril 2025 — jours non donnés.',
  searchText: 'rencontres b-to-b de la mission bourgogne-franche-comte'
};
MERGE (n:Event {key: 'evt:expo-2025-fortnight-territoires-alimentation'})
SET n += {
  name: 'Quinzaine thématique « Territoires et alimentation »',
  kind: 'thematic_fortnight',
  aliases: ['quinzaine inaugurale de l’Exposition'],
  description: 'Quinzaine inaugurale de l’Exposition universelle d’Osaka sur le thème « Viser des modes de production et de consommation plus durables ».',
  dateNote: 'Quinzaine inaugurale de l’Exposition (2025) — dates non données.',
  searchText: "quinzaine thematique territoires et alimentation quinzaine inaugurale de l'exposition"
};

// ======== Agreement nodes
MERGE (n:Agreement {key: 'agr:bfc-kumamoto-partnership'})
SET n += {
  title: 'Partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto',
  kind: 'partnership',
  aliases: ['partenariat Bourgogne-Franche-Comté – Kumamoto'],
  status: 'active',
  dateNote: 'Date d’origine non donnée par la source — son développement est un axe de la mission d’avril 2025.',
  summary: 'Partenariat entre la Région Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.',
  searchText: 'partenariat entre la bourgogne-franche-comte et la prefecture de kumamoto partenariat bourgogne-franche-comte - kumamoto'
};

// ======== Citations: (node)-[:CITED_IN {quote}]->(source), one relationship per quoted sentence
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'org:region-bourgogne-franche-comte', quote: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.'},
  {key: 'org:region-bourgogne-franche-comte', quote: 'Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.'},
  {key: 'org:dijon-metropole', quote: 'Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.'},
  {key: 'org:ville-de-dijon', quote: 'Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole'},
  {key: 'org:ville-de-dijon', quote: '14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.'},
  {key: 'org:vitagora', quote: 'Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)'},
  {key: 'org:vitagora', quote: 'Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».'},
  {key: 'org:vitagora', quote: 'Soutenu par la Région et Dijon métropole, Vitagora met en avant le savoir-faire régional en matière de nutrition, de transformation alimentaire responsable et d’innovation.'},
  {key: 'org:vitagora', quote: 'Valorisation des atouts régionaux dans l’alimentation durable, en lien avec le Pavillon France de l’Exposition Universelle, dont le pôle Vitagora est partenaire officiel.'},
  {key: 'org:pole-vehicule-du-futur', quote: 'Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)'},
  {key: 'org:robotics-valley', quote: 'Robotics Valley, cluster régional dédié à la robotique'},
  {key: 'org:cite-gastronomie-vin-dijon', quote: 'La Cité internationale de la Gastronomie et du Vin de Dijon, lieu emblématique du patrimoine culinaire'},
  {key: 'org:gppr', quote: 'Le Comité Gastronomie et Promotion des Produits Gourmands de Bourgogne-Franche-Comté (GPPR)'},
  {key: 'org:aer-bourgogne-franche-comte', quote: 'L’Agence Économique Régionale'},
  {key: 'org:ccir-bourgogne-franche-comte', quote: 'La Chambre de Commerce et d’Industrie Régionale (CCIR).'},
  {key: 'org:ccir-bourgogne-franche-comte', quote: 'Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.'},
  {key: 'org:dijon-bourgogne-invest', quote: 'Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.'},
  {key: 'org:naro', quote: 'Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.'},
  {key: 'org:naro', quote: 'Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.'},
  {key: 'org:kbcc', quote: 'Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.'},
  {key: 'org:habb', quote: 'Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.'},
  {key: 'org:suntory', quote: 'Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.'},
  {key: 'org:kumamoto-prefecture', quote: 'Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.'},
  {key: 'org:kumamoto-city', quote: '14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.'}
] AS row
MATCH (n:Organization {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'person:nicolas-soret', quote: 'Nicolas Soret, vice-président de la Région en charge des finances, du développement économique, de l’économie sociale et solidaire, et de l’emploi'},
  {key: 'person:patrick-molinoz', quote: 'Patrick Molinoz, vice-président en charge des transitions numériques, de l’innovation, des politiques européennes, de l’action internationale et de l’export'},
  {key: 'person:nathalie-koenders', quote: 'Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole'},
  {key: 'person:jean-michel-verpillot', quote: 'Jean-Michel Verpillot, Vice-Président de Dijon Métropole en charge du vignoble et de l’agriculture périurbaine'},
  {key: 'person:lydie-pfander-meny', quote: 'Lydie Pfander Meny, adjointe à la Maire de Dijon déléguée aux relations internationales'},
  {key: 'person:francois-deseille', quote: 'François Deseille, adjoint à la Maire de Dijon, délégué aux finances et à la Cité Internationale de la Gastronomie et du Vin.'}
] AS row
MATCH (n:Person {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'place:france-pavilion-expo-2025', quote: 'Valorisation des atouts régionaux dans l’alimentation durable, en lien avec le Pavillon France de l’Exposition Universelle, dont le pôle Vitagora est partenaire officiel.'},
  {key: 'place:france-pavilion-expo-2025', quote: '17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.'},
  {key: 'place:hub-tech-japon', quote: '16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.'},
  {key: 'place:bourgogne-franche-comte', quote: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.'},
  {key: 'place:dijon', quote: 'Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole'},
  {key: 'place:japan', quote: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.'},
  {key: 'place:osaka', quote: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.'},
  {key: 'place:osaka', quote: '15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.'},
  {key: 'place:tokyo', quote: '14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.'},
  {key: 'place:nagoya', quote: '16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.'},
  {key: 'place:kyoto', quote: 'Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.'},
  {key: 'place:kumamoto-prefecture', quote: 'Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.'},
  {key: 'place:kumamoto', quote: '14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.'},
  {key: 'place:hokkaido', quote: 'Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.'},
  {key: 'place:kyushu', quote: 'Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.'}
] AS row
MATCH (n:Place {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'evt:expo-2025-osaka', quote: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.'},
  {key: 'evt:expo-2025-osaka', quote: 'Cet événement d’envergure mondiale, placé cette année sous le thème « Concevoir la société du futur, imaginer la vie de demain », constitue une vitrine exceptionnelle pour les innovations, les territoires et les savoir-faire d’excellence.'},
  {key: 'evt:bourgogne-franche-comte-mission-japan-2025', quote: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.'},
  {key: 'evt:bourgogne-franche-comte-mission-japan-2025', quote: 'Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.'},
  {key: 'evt:dijon-kumamoto-tourism-promotion-2025', quote: '14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.'},
  {key: 'evt:bfc-mobility-forum-osaka-2025', quote: '15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.'},
  {key: 'evt:bfc-hub-tech-japon-immersion-2025', quote: '16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.'},
  {key: 'evt:bfc-sustainable-food-round-table-2025', quote: '17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.'},
  {key: 'evt:bfc-visit-suntory-research-centre', quote: 'Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.'},
  {key: 'evt:bfc-visit-naro', quote: 'Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.'},
  {key: 'evt:bfc-visit-japanese-agrifood-companies', quote: 'Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.'},
  {key: 'evt:bfc-thematic-conferences-2025', quote: 'Participation à des conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain.'},
  {key: 'evt:bfc-b2b-meetings-2025', quote: 'Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.'},
  {key: 'evt:expo-2025-fortnight-territoires-alimentation', quote: 'Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».'}
] AS row
MATCH (n:Event {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'agr:bfc-kumamoto-partnership', quote: 'Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.'}
] AS row
MATCH (n:Agreement {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);

// ======== Agreement lifecycle: the state each cited sentence states (status), with the date it gives for it at its
// precision (since + sincePrecision, how it was dated in sinceBasis) or, for a state it only observes, the date of the
// observation (asOf + asOfPrecision). No date where the article gives none.
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'agr:bfc-kumamoto-partnership', quote: 'Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.',
    state: {status: 'active', asOf: date('2025-04-01'), asOfPrecision: 'month', asOfBasis: 'Axe de la mission du 12 au 19 avril 2025 — la source ne dit pas depuis quand le partenariat existe.'}}
] AS row
MATCH (n:Agreement {key: row.key})
MERGE (n)-[c:CITED_IN {quote: row.quote}]->(s)
SET c += row.state;

// ======== Relationships (sources/quotes: parallel lists, one entry per supporting sentence)
UNWIND [
  {fromKey: 'org:region-bourgogne-franche-comte', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'co-initiateur',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.']}},
  {fromKey: 'org:dijon-metropole', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'co-initiateur',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.']}},
  {fromKey: 'org:ccir-bourgogne-franche-comte', toKey: 'evt:bfc-b2b-meetings-2025', props: {
    role: 'organisateur',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.']}},
  {fromKey: 'org:dijon-bourgogne-invest', toKey: 'evt:bfc-b2b-meetings-2025', props: {
    role: 'organisateur',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ORGANIZED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'evt:expo-2025-osaka', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:dijon-kumamoto-tourism-promotion-2025', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.']}},
  {fromKey: 'evt:bfc-mobility-forum-osaka-2025', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.']}},
  {fromKey: 'evt:bfc-hub-tech-japon-immersion-2025', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.']}},
  {fromKey: 'evt:bfc-sustainable-food-round-table-2025', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.']}},
  {fromKey: 'evt:bfc-visit-suntory-research-centre', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'evt:bfc-visit-naro', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'evt:bfc-visit-japanese-agrifood-companies', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'evt:bfc-thematic-conferences-2025', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Participation à des conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain.']}},
  {fromKey: 'evt:bfc-b2b-meetings-2025', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.']}},
  {fromKey: 'evt:expo-2025-fortnight-territoires-alimentation', toKey: 'evt:expo-2025-osaka', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'place:japan', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:expo-2025-osaka', toKey: 'place:osaka', props: {
    sources: ['src:000-eb87548844b58c42', 'src:003-f08af42fe33b2bd7', 'src:004-582de1b4eb09b674'],
    quotes: ['Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.', 'Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:dijon-kumamoto-tourism-promotion-2025', toKey: 'place:tokyo', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.']}},
  {fromKey: 'evt:bfc-mobility-forum-osaka-2025', toKey: 'place:osaka', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.']}},
  {fromKey: 'evt:bfc-hub-tech-japon-immersion-2025', toKey: 'place:hub-tech-japon', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.']}},
  {fromKey: 'evt:bfc-sustainable-food-round-table-2025', toKey: 'place:france-pavilion-expo-2025', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.']}},
  {fromKey: 'evt:bfc-visit-suntory-research-centre', toKey: 'place:kyoto', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'evt:bfc-visit-japanese-agrifood-companies', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:bfc-visit-naro', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:bfc-thematic-conferences-2025', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Participation à des conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:bfc-b2b-meetings-2025', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:expo-2025-fortnight-territoires-alimentation', toKey: 'place:expo-2025-site', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Valorisation des atouts régionaux dans l’alimentation durable, en lien avec le Pavillon France de l’Exposition Universelle, dont le pôle Vitagora est partenaire officiel.']}},
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'sector:robotics', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Renforcement des coopérations technologiques, notamment dans les domaines de la robotique et de la mobilité verte, avec des rencontres ciblées dans les écosystèmes technologiques nippons.']}},
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'sector:mobility', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Renforcement des coopérations technologiques, notamment dans les domaines de la robotique et de la mobilité verte, avec des rencontres ciblées dans les écosystèmes technologiques nippons.']}},
  {fromKey: 'evt:dijon-kumamoto-tourism-promotion-2025', toKey: 'sector:tourism', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.']}},
  {fromKey: 'evt:bfc-mobility-forum-osaka-2025', toKey: 'sector:mobility', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.']}},
  {fromKey: 'evt:bfc-sustainable-food-round-table-2025', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.']}},
  {fromKey: 'evt:bfc-visit-japanese-agrifood-companies', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'evt:bfc-thematic-conferences-2025', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Participation à des conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain.']}},
  {fromKey: 'evt:bfc-thematic-conferences-2025', toKey: 'sector:mobility', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Participation à des conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain.']}},
  {fromKey: 'evt:bfc-thematic-conferences-2025', toKey: 'sector:new-technologies', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Participation à des conférences thématiques sur l’alimentation durable, la mobilité et les technologies de demain.']}},
  {fromKey: 'evt:bfc-hub-tech-japon-immersion-2025', toKey: 'sector:new-technologies', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.']}},
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'sector:tourism', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}},
  {fromKey: 'evt:bourgogne-franche-comte-mission-japan-2025', toKey: 'sector:culture', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}},
  {fromKey: 'evt:expo-2025-fortnight-territoires-alimentation', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:nicolas-soret', toKey: 'org:region-bourgogne-franche-comte', props: {
    title: 'vice-président de la Région en charge des finances, du développement économique, de l’économie sociale et solidaire, et de l’emploi',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Nicolas Soret, vice-président de la Région en charge des finances, du développement économique, de l’économie sociale et solidaire, et de l’emploi']}},
  {fromKey: 'person:patrick-molinoz', toKey: 'org:region-bourgogne-franche-comte', props: {
    title: 'vice-président en charge des transitions numériques, de l’innovation, des politiques européennes, de l’action internationale et de l’export',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Patrick Molinoz, vice-président en charge des transitions numériques, de l’innovation, des politiques européennes, de l’action internationale et de l’export']}},
  {fromKey: 'person:nathalie-koenders', toKey: 'org:ville-de-dijon', props: {
    title: 'Maire de Dijon',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole']}},
  {fromKey: 'person:nathalie-koenders', toKey: 'org:dijon-metropole', props: {
    title: 'Vice-Présidente de Dijon Métropole',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole']}},
  {fromKey: 'person:jean-michel-verpillot', toKey: 'org:dijon-metropole', props: {
    title: 'Vice-Président de Dijon Métropole en charge du vignoble et de l’agriculture périurbaine',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Jean-Michel Verpillot, Vice-Président de Dijon Métropole en charge du vignoble et de l’agriculture périurbaine']}},
  {fromKey: 'person:lydie-pfander-meny', toKey: 'org:ville-de-dijon', props: {
    title: 'adjointe à la Maire de Dijon déléguée aux relations internationales',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Lydie Pfander Meny, adjointe à la Maire de Dijon déléguée aux relations internationales']}},
  {fromKey: 'person:francois-deseille', toKey: 'org:ville-de-dijon', props: {
    title: 'adjoint à la Maire de Dijon, délégué aux finances et à la Cité Internationale de la Gastronomie et du Vin',
    asOf: date('2025-04-01'),
    asOfPrecision: 'month',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['François Deseille, adjoint à la Maire de Dijon, délégué aux finances et à la Cité Internationale de la Gastronomie et du Vin.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;
// "promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto": the two city authorities.
UNWIND [
  {fromKey: 'person:nicolas-soret', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'chef de délégation',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Nicolas Soret, vice-président de la Région en charge des finances, du développement économique, de l’économie sociale et solidaire, et de l’emploi']}},
  {fromKey: 'person:patrick-molinoz', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'chef de délégation',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Patrick Molinoz, vice-président en charge des transitions numériques, de l’innovation, des politiques européennes, de l’action internationale et de l’export']}},
  {fromKey: 'person:nathalie-koenders', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'chef de délégation',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole']}},
  {fromKey: 'person:jean-michel-verpillot', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'chef de délégation',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Jean-Michel Verpillot, Vice-Président de Dijon Métropole en charge du vignoble et de l’agriculture périurbaine']}},
  {fromKey: 'person:lydie-pfander-meny', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'chef de délégation',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Lydie Pfander Meny, adjointe à la Maire de Dijon déléguée aux relations internationales']}},
  {fromKey: 'person:francois-deseille', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'chef de délégation',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['François Deseille, adjoint à la Maire de Dijon, délégué aux finances et à la Cité Internationale de la Gastronomie et du Vin.']}},
  {fromKey: 'person:patrick-molinoz', toKey: 'evt:bfc-mobility-forum-osaka-2025', props: {
    role: 'intervenant',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.']}},
  {fromKey: 'person:nathalie-koenders', toKey: 'evt:bfc-sustainable-food-round-table-2025', props: {
    role: 'intervenant',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.']}},
  {fromKey: 'person:nicolas-soret', toKey: 'evt:bfc-sustainable-food-round-table-2025', props: {
    role: 'intervenant',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['17 avril sur le Pavillon France à Osaka : table ronde de haut niveau sur l’alimentation durable, avec les interventions de Nathalie Koenders et Nicolas Soret.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:vitagora', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)']}},
  {fromKey: 'org:pole-vehicule-du-futur', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)']}},
  {fromKey: 'org:robotics-valley', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'Robotics Valley, cluster régional dédié à la robotique']}},
  {fromKey: 'org:cite-gastronomie-vin-dijon', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'La Cité internationale de la Gastronomie et du Vin de Dijon, lieu emblématique du patrimoine culinaire']}},
  {fromKey: 'org:gppr', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'Le Comité Gastronomie et Promotion des Produits Gourmands de Bourgogne-Franche-Comté (GPPR)']}},
  {fromKey: 'org:aer-bourgogne-franche-comte', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'L’Agence Économique Régionale']}},
  {fromKey: 'org:ccir-bourgogne-franche-comte', toKey: 'evt:bourgogne-franche-comte-mission-japan-2025', props: {
    role: 'membre de la délégation',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'La Chambre de Commerce et d’Industrie Régionale (CCIR).']}},
  {fromKey: 'org:ville-de-dijon', toKey: 'evt:dijon-kumamoto-tourism-promotion-2025', props: {
    role: 'partenaire',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.']}},
  {fromKey: 'org:kumamoto-city', toKey: 'evt:dijon-kumamoto-tourism-promotion-2025', props: {
    role: 'partenaire',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.']}},
  {fromKey: 'org:pole-vehicule-du-futur', toKey: 'evt:bfc-mobility-forum-osaka-2025', props: {
    role: 'intervenant',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.']}},
  {fromKey: 'org:robotics-valley', toKey: 'evt:bfc-mobility-forum-osaka-2025', props: {
    role: 'intervenant',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['15 avril à Osaka : Forum de la Mobilité axé sur les nouvelles technologies d’électrification des transports, avec l’intervention de Patrick Molinoz aux côtés du Pôle Véhicule du Futur et de Robotics Valley.']}},
  {fromKey: 'org:suntory', toKey: 'evt:bfc-visit-suntory-research-centre', props: {
    role: 'site visité (centre de recherche)',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'org:naro', toKey: 'evt:bfc-visit-naro', props: {
    role: 'site visité (infrastructures)',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'org:vitagora', toKey: 'evt:expo-2025-fortnight-territoires-alimentation', props: {
    role: 'intervenant sélectionné',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:region-bourgogne-franche-comte', toKey: 'place:bourgogne-franche-comte', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.']}},
  {fromKey: 'org:dijon-metropole', toKey: 'place:dijon', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Initiée conjointement par la Région Bourgogne-Franche-Comté et Dijon métropole, cette mission vise à renforcer les liens économiques, technologiques et institutionnels avec le Japon, tout en promouvant à l’international les compétences et talents régionaux dans les secteurs stratégiques de demain.']}},
  {fromKey: 'org:ville-de-dijon', toKey: 'place:dijon', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Nathalie Koenders, Maire de Dijon et Vice-Présidente de Dijon Métropole']}},
  {fromKey: 'org:cite-gastronomie-vin-dijon', toKey: 'place:dijon', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['La Cité internationale de la Gastronomie et du Vin de Dijon, lieu emblématique du patrimoine culinaire']}},
  {fromKey: 'org:gppr', toKey: 'place:bourgogne-franche-comte', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le Comité Gastronomie et Promotion des Produits Gourmands de Bourgogne-Franche-Comté (GPPR)']}},
  {fromKey: 'org:robotics-valley', toKey: 'place:bourgogne-franche-comte', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Robotics Valley, cluster régional dédié à la robotique']}},
  {fromKey: 'org:pole-vehicule-du-futur', toKey: 'place:bourgogne-franche-comte', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)']}},
  {fromKey: 'org:vitagora', toKey: 'place:bourgogne-franche-comte', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Soutenu par la Région et Dijon métropole, Vitagora met en avant le savoir-faire régional en matière de nutrition, de transformation alimentaire responsable et d’innovation.']}},
  {fromKey: 'org:aer-bourgogne-franche-comte', toKey: 'place:bourgogne-franche-comte', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'L’Agence Économique Régionale']}},
  {fromKey: 'org:ccir-bourgogne-franche-comte', toKey: 'place:bourgogne-franche-comte', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674', 'src:004-582de1b4eb09b674'],
    quotes: ['Aux côtés des élus, la délégation regroupe un large éventail d’acteurs économiques et institutionnels :', 'La Chambre de Commerce et d’Industrie Régionale (CCIR).']}},
  {fromKey: 'org:dijon-bourgogne-invest', toKey: 'place:dijon', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Rencontres B-to-B organisées par la CCIR et Dijon Bourgogne Invest, afin de faciliter la prospection commerciale pour les entreprises régionales.']}},
  {fromKey: 'org:naro', toKey: 'place:japan', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}},
  {fromKey: 'org:kbcc', toKey: 'place:kyushu', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}},
  {fromKey: 'org:habb', toKey: 'place:hokkaido', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}},
  {fromKey: 'org:suntory', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Visites de sites de recherche et d’innovation, dont le centre de recherche SUNTORY à Kyoto, des entreprises japonaises du secteur agroalimentaire, et les infrastructures de la NARO.']}},
  {fromKey: 'org:kumamoto-prefecture', toKey: 'place:kumamoto-prefecture', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}},
  {fromKey: 'org:kumamoto-city', toKey: 'place:kumamoto', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['14 avril à Tokyo : promotion touristique conjointe entre Dijon et la ville japonaise de Kumamoto, dans le cadre du partenariat bilatéral.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:vitagora', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)']}},
  {fromKey: 'org:pole-vehicule-du-futur', toKey: 'sector:mobility', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Les pôles de compétitivité Vitagora (agroalimentaire et innovation nutritionnelle) et Pôle Véhicule du Futur (mobilité et technologies vertes)']}},
  {fromKey: 'org:robotics-valley', toKey: 'sector:robotics', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Robotics Valley, cluster régional dédié à la robotique']}},
  {fromKey: 'org:cite-gastronomie-vin-dijon', toKey: 'sector:gastronomy-wine', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['La Cité internationale de la Gastronomie et du Vin de Dijon, lieu emblématique du patrimoine culinaire']}},
  {fromKey: 'org:gppr', toKey: 'sector:gastronomy-wine', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le Comité Gastronomie et Promotion des Produits Gourmands de Bourgogne-Franche-Comté (GPPR)']}},
  {fromKey: 'org:naro', toKey: 'sector:agrifood', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'place:hub-tech-japon', toKey: 'place:nagoya', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['16 avril à Nagoya : immersion au sein du Hub Tech Japon, centre névralgique de l’innovation technologique japonaise.']}},
  {fromKey: 'place:france-pavilion-expo-2025', toKey: 'place:expo-2025-site', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Valorisation des atouts régionaux dans l’alimentation durable, en lien avec le Pavillon France de l’Exposition Universelle, dont le pôle Vitagora est partenaire officiel.']}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
// PARTNER_OF: a standing partnership role towards an organisation or a venue (Vitagora, official partner of the France Pavilion).
UNWIND [
  {fromKey: 'org:vitagora', toKey: 'place:france-pavilion-expo-2025', props: {
    role: 'partenaire officiel',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Valorisation des atouts régionaux dans l’alimentation durable, en lien avec le Pavillon France de l’Exposition Universelle, dont le pôle Vitagora est partenaire officiel.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:PARTNER_OF]->(b)
SET r += row.props;
// COOPERATES_WITH: an ongoing cooperation stated without a named agreement (symmetric, stored once).
UNWIND [
  {fromKey: 'org:vitagora', toKey: 'org:naro', props: {
    description: 'liens de longue date — coopération scientifique',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}},
  {fromKey: 'org:vitagora', toKey: 'org:kbcc', props: {
    description: 'liens de longue date — coopération scientifique',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}},
  {fromKey: 'org:vitagora', toKey: 'org:habb', props: {
    description: 'liens de longue date — coopération scientifique',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Ses liens de longue date avec le Japon, notamment avec la NARO (National Agriculture and Food Research Organization), la Kyushu Bio Cluster Conference (KBCC) et la Hokkaido Association for BioBusiness (HABB), témoignent d’une coopération scientifique déjà bien établie.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:COOPERATES_WITH]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:region-bourgogne-franche-comte', toKey: 'org:vitagora', props: {
    role: 'soutien',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Soutenu par la Région et Dijon métropole, Vitagora met en avant le savoir-faire régional en matière de nutrition, de transformation alimentaire responsable et d’innovation.']}},
  {fromKey: 'org:dijon-metropole', toKey: 'org:vitagora', props: {
    role: 'soutien',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Soutenu par la Région et Dijon métropole, Vitagora met en avant le savoir-faire régional en matière de nutrition, de transformation alimentaire responsable et d’innovation.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:SUPPORTED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:region-bourgogne-franche-comte', toKey: 'agr:bfc-kumamoto-partnership', props: {
    role: 'partenaire',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}},
  {fromKey: 'org:kumamoto-prefecture', toKey: 'agr:bfc-kumamoto-partnership', props: {
    role: 'partenaire',
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Agreement {key: row.toKey})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'agr:bfc-kumamoto-partnership', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}},
  {fromKey: 'agr:bfc-kumamoto-partnership', toKey: 'sector:tourism', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}},
  {fromKey: 'agr:bfc-kumamoto-partnership', toKey: 'sector:culture', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Développement du partenariat entre la Bourgogne-Franche-Comté et la préfecture de Kumamoto, centré sur l’agroalimentaire, le tourisme et les échanges culturels.']}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;

// ======== Figures as data: every figure of the article a reader would cite, as a Fact (value, unit, qualifier,
// year or period, statement) ABOUT the entities it describes and cited with its sentence (README.md, "Figures").
// A figure stated by two articles has the same full property set in both scripts, and its ABOUT relationships the
// union of their sources and quotes.
MERGE (n:Fact {key: 'fact:vitagora-members'})
SET n += {
  kind: 'organization_profile',
  value: 670,
  unit: 'members',
  statement: 'Le pôle de compétitivité Vitagora compte 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation.',
  searchText: "le pole de competitivite vitagora compte 670 membres issus de l'agroalimentaire, de la recherche et de l'innovation."
};
MATCH (s:Source {key: 'src:004-582de1b4eb09b674'})
UNWIND [
  {key: 'fact:vitagora-members', quote: 'Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».'}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
UNWIND [
  {fromKey: 'fact:vitagora-members', toKey: 'org:vitagora', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:vitagora-members', toKey: 'sector:agrifood', props: {
    sources: ['src:004-582de1b4eb09b674'],
    quotes: ['Le pôle de compétitivité Vitagora, fort de ses 670 membres issus de l’agroalimentaire, de la recherche et de l’innovation, a été sélectionné pour intervenir lors de la quinzaine inaugurale de l’Exposition sur le thème : « Viser des modes de production et de consommation plus durables ».']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
