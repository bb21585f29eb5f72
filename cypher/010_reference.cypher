// 010_reference.cypher — reference data shared by every article script: the five Sources, the Sector taxonomy,
// and the countries, regions, prefectures and cities (plus the Expo 2025 site) the articles mention.
// Idempotent: MERGE on key, then SET n += {full property set}. Runs after 000_schema.cypher, as one transaction.
// The geographic hierarchy (PART_OF) is general knowledge, not a claim of any article: its relationships carry
// basis: 'reference' instead of sources/quotes. Articles add their own CITED_IN citations to the places they name.

// ---- Sources (one per seed file, url unknown for all five: the files do not give it)
MERGE (n:Source {key: 'src:000-eb87548844b58c42'})
SET n += {
  title: 'Trois missions économiques, un pavillon national innovant et des partenariats stratégiques',
  titleNote: 'Pas de titre dans le fichier : début du chapeau de l’article.',
  publisher: 'Chambre de Commerce du Luxembourg',
  publisherInferred: true,
  publisherNote: 'Déduit du texte (« Contactez-nous à : osaka2025@cc.lu », « nos entreprises »).',
  dateNote: 'Publié le 26 novembre 2025 ou peu après : présente les éléments de la conférence de presse du 26 novembre 2025.',
  language: 'fr',
  file: '000_eb87548844b58c42.txt'
};
MERGE (n:Source {key: 'src:001-20df84f1ae021dc9'})
SET n += {
  title: 'Une visite au Japon fructueuse',
  publisherNote: 'Site d’actualité luxembourgeois (rubrique « Economie »), non nommé dans le fichier.',
  dateNote: 'Publié en juin 2024, au lendemain de la dernière journée de la mission économique : « L’exposition d’Osaka l’année prochaine », accord gouvernemental du 11 juin, fête nationale proche.',
  language: 'fr',
  file: '001_20df84f1ae021dc9.txt'
};
MERGE (n:Source {key: 'src:002-4b9c3315c2d190bc'})
SET n += {
  title: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon',
  titleNote: 'Pas de titre dans le fichier : première phrase de l’article.',
  publisher: 'AWEX',
  publisherInferred: true,
  publisherNote: 'Déduit du texte (fiche-pays « Le marché japonais », équipes AWEX et WBI de Tokyo).',
  dateNote: 'Non daté — écrit entre 2016 (150 ans des relations Belgique–Japon « fêtés ») et 2020 (« les JO de Tokyo auront lieu en 2020 »).',
  language: 'fr',
  file: '002_4b9c3315c2d190bc.txt'
};
MERGE (n:Source {key: 'src:003-f08af42fe33b2bd7'})
SET n += {
  title: 'Le Club Japon des Hauts-de-France : des liens toujours plus forts entre la Région et le Japon',
  publisher: 'Région Hauts-de-France',
  publisherInferred: true,
  publisherNote: 'Déduit du texte (« la Région », citation du président de Région).',
  updatedDate: date('2025-11-04'),
  dateNote: '« Mis à jour le 04/11/2025 ».',
  language: 'fr',
  file: '003_f08af42fe33b2bd7.txt'
};
MERGE (n:Source {key: 'src:004-582de1b4eb09b674'})
SET n += {
  title: 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka',
  titleNote: 'Pas de titre dans le fichier : première phrase de l’article.',
  publisherNote: 'Communiqué régional (Région Bourgogne-Franche-Comté / Dijon métropole), éditeur non nommé dans le fichier.',
  dateNote: 'Publié avant ou pendant la mission du 12 au 19 avril 2025 (programme au futur).',
  language: 'fr',
  file: '004_582de1b4eb09b674.txt'
};

// ---- Sectors (name in English, nameFr in French)
MERGE (n:Sector {key: 'sector:space'})
SET n += {
  name: 'Space',
  nameFr: 'Spatial',
  searchText: 'space spatial'
};
MERGE (n:Sector {key: 'sector:new-technologies'})
SET n += {
  name: 'New technologies',
  nameFr: 'Nouvelles technologies',
  searchText: 'new technologies nouvelles technologies'
};
MERGE (n:Sector {key: 'sector:circular-economy'})
SET n += {
  name: 'Circular economy',
  nameFr: 'Économie circulaire',
  searchText: 'circular economy economie circulaire'
};
MERGE (n:Sector {key: 'sector:health'})
SET n += {
  name: 'Health',
  nameFr: 'Santé',
  searchText: 'health sante'
};
MERGE (n:Sector {key: 'sector:medical-technologies'})
SET n += {
  name: 'Medical technologies',
  nameFr: 'Technologies médicales',
  searchText: 'medical technologies technologies medicales'
};
MERGE (n:Sector {key: 'sector:robotics'})
SET n += {
  name: 'Robotics',
  nameFr: 'Robotique',
  searchText: 'robotics robotique'
};
MERGE (n:Sector {key: 'sector:financial-services'})
SET n += {
  name: 'Financial services',
  nameFr: 'Services financiers',
  searchText: 'financial services services financiers'
};
MERGE (n:Sector {key: 'sector:supercomputing'})
SET n += {
  name: 'Supercomputing',
  nameFr: 'Supercalculateurs',
  searchText: 'supercomputing supercalculateurs'
};
MERGE (n:Sector {key: 'sector:quantum'})
SET n += {
  name: 'Quantum technologies',
  nameFr: 'Quantique',
  searchText: 'quantum technologies quantique'
};
MERGE (n:Sector {key: 'sector:artificial-intelligence'})
SET n += {
  name: 'Artificial intelligence',
  nameFr: 'Intelligence artificielle',
  searchText: 'artificial intelligence intelligence artificielle'
};
MERGE (n:Sector {key: 'sector:digital-data'})
SET n += {
  name: 'Digital data management',
  nameFr: 'Gestion des données digitales',
  searchText: 'digital data management gestion des donnees digitales'
};
MERGE (n:Sector {key: 'sector:internet-services'})
SET n += {
  name: 'Internet services',
  nameFr: 'Services internet',
  searchText: 'internet services services internet'
};
MERGE (n:Sector {key: 'sector:telecommunications'})
SET n += {
  name: 'Telecommunications',
  nameFr: 'Télécommunications',
  searchText: 'telecommunications'
};
MERGE (n:Sector {key: 'sector:digital-marketing'})
SET n += {
  name: 'Digital marketing',
  nameFr: 'Marketing digital',
  searchText: 'digital marketing marketing digital'
};
MERGE (n:Sector {key: 'sector:logistics'})
SET n += {
  name: 'Logistics',
  nameFr: 'Logistique',
  searchText: 'logistics logistique'
};
MERGE (n:Sector {key: 'sector:air-transport'})
SET n += {
  name: 'Air transport',
  nameFr: 'Transport aérien',
  searchText: 'air transport transport aerien'
};
MERGE (n:Sector {key: 'sector:automotive'})
SET n += {
  name: 'Automotive',
  nameFr: 'Automobile',
  searchText: 'automotive automobile'
};
MERGE (n:Sector {key: 'sector:audiovisual'})
SET n += {
  name: 'Audio-visual',
  nameFr: 'Audio-visuel',
  searchText: 'audio-visual audio-visuel'
};
MERGE (n:Sector {key: 'sector:manufacturing'})
SET n += {
  name: 'Manufacturing industry',
  nameFr: 'Industrie manufacturière',
  searchText: 'manufacturing industry industrie manufacturiere'
};
MERGE (n:Sector {key: 'sector:digital-transformation'})
SET n += {
  name: 'Digital transformation',
  nameFr: 'Transformation digitale',
  searchText: 'digital transformation transformation digitale'
};
MERGE (n:Sector {key: 'sector:agrifood'})
SET n += {
  name: 'Agri-food',
  nameFr: 'Agroalimentaire',
  searchText: 'agri-food agroalimentaire'
};
MERGE (n:Sector {key: 'sector:life-sciences'})
SET n += {
  name: 'Life sciences',
  nameFr: 'Sciences du vivant',
  searchText: 'life sciences sciences du vivant'
};
MERGE (n:Sector {key: 'sector:new-materials'})
SET n += {
  name: 'New materials',
  nameFr: 'Nouveaux matériaux',
  searchText: 'new materials nouveaux materiaux'
};
MERGE (n:Sector {key: 'sector:culture'})
SET n += {
  name: 'Culture',
  nameFr: 'Culture',
  searchText: 'culture'
};
MERGE (n:Sector {key: 'sector:higher-education-research'})
SET n += {
  name: 'Higher education and research',
  nameFr: 'Enseignement supérieur et recherche',
  searchText: 'higher education and research enseignement superieur et recherche'
};
MERGE (n:Sector {key: 'sector:energy-transition'})
SET n += {
  name: 'Energy transition',
  nameFr: 'Transition énergétique',
  searchText: 'energy transition transition energetique'
};
MERGE (n:Sector {key: 'sector:mobility'})
SET n += {
  name: 'Mobility',
  nameFr: 'Mobilité',
  searchText: 'mobility mobilite'
};
MERGE (n:Sector {key: 'sector:tourism'})
SET n += {
  name: 'Tourism',
  nameFr: 'Tourisme',
  searchText: 'tourism tourisme'
};
MERGE (n:Sector {key: 'sector:gastronomy-wine'})
SET n += {
  name: 'Gastronomy and wine',
  nameFr: 'Gastronomie et vin',
  searchText: 'gastronomy and wine gastronomie et vin'
};

// ---- Places (name as the articles write it, nameOriginal in the local script)
MERGE (n:Place {key: 'place:luxembourg'})
SET n += {
  name: 'Luxembourg',
  nameOriginal: 'Lëtzebuerg',
  kind: 'country',
  aliases: ['Grand-Duché de Luxembourg', 'Grand-Duché', 'Grand Duchy of Luxembourg'],
  searchText: 'luxembourg grand-duche de luxembourg grand-duche grand duchy of luxembourg letzebuerg'
};
MERGE (n:Place {key: 'place:japan'})
SET n += {
  name: 'Japon',
  nameOriginal: '日本',
  kind: 'country',
  aliases: ['Japan', 'Nippon'],
  searchText: 'japon japan nippon 日本'
};
MERGE (n:Place {key: 'place:belgium'})
SET n += {
  name: 'Belgique',
  kind: 'country',
  aliases: ['Belgium', 'België'],
  searchText: 'belgique belgium belgie'
};
MERGE (n:Place {key: 'place:france'})
SET n += {
  name: 'France',
  kind: 'country',
  searchText: 'france'
};
MERGE (n:Place {key: 'place:china'})
SET n += {
  name: 'Chine',
  nameOriginal: '中国',
  kind: 'country',
  aliases: ['China'],
  searchText: 'chine china 中国'
};
MERGE (n:Place {key: 'place:wallonia'})
SET n += {
  name: 'Wallonie',
  kind: 'region',
  aliases: ['Wallonia', 'Région wallonne'],
  searchText: 'wallonie wallonia region wallonne'
};
MERGE (n:Place {key: 'place:brussels'})
SET n += {
  name: 'Bruxelles',
  kind: 'city',
  aliases: ['Brussels', 'Brussel'],
  searchText: 'bruxelles brussels brussel'
};
MERGE (n:Place {key: 'place:liege'})
SET n += {
  name: 'Liège',
  kind: 'city',
  aliases: ['Liege', 'Luik'],
  searchText: 'liege luik'
};
MERGE (n:Place {key: 'place:waterloo'})
SET n += {
  name: 'Waterloo',
  kind: 'city',
  searchText: 'waterloo'
};
MERGE (n:Place {key: 'place:gosselies'})
SET n += {
  name: 'Gosselies',
  kind: 'city',
  searchText: 'gosselies'
};
MERGE (n:Place {key: 'place:hauts-de-france'})
SET n += {
  name: 'Hauts-de-France',
  kind: 'region',
  searchText: 'hauts-de-france'
};
MERGE (n:Place {key: 'place:lille'})
SET n += {
  name: 'Lille',
  kind: 'city',
  searchText: 'lille'
};
MERGE (n:Place {key: 'place:bourgogne-franche-comte'})
SET n += {
  name: 'Bourgogne-Franche-Comté',
  kind: 'region',
  aliases: ['BFC', 'Burgundy-Franche-Comté'],
  searchText: 'bourgogne-franche-comte bfc burgundy-franche-comte'
};
MERGE (n:Place {key: 'place:dijon'})
SET n += {
  name: 'Dijon',
  kind: 'city',
  searchText: 'dijon'
};
MERGE (n:Place {key: 'place:tokyo'})
SET n += {
  name: 'Tokyo',
  nameOriginal: '東京',
  kind: 'city',
  aliases: ['Tōkyō'],
  searchText: 'tokyo 東京'
};
MERGE (n:Place {key: 'place:osaka'})
SET n += {
  name: 'Osaka',
  nameOriginal: '大阪',
  kind: 'city',
  aliases: ['Ōsaka'],
  searchText: 'osaka 大阪'
};
MERGE (n:Place {key: 'place:kyoto'})
SET n += {
  name: 'Kyoto',
  nameOriginal: '京都',
  kind: 'city',
  aliases: ['Kyōto'],
  searchText: 'kyoto 京都'
};
MERGE (n:Place {key: 'place:aichi'})
SET n += {
  name: 'Aichi',
  nameOriginal: '愛知県',
  kind: 'prefecture',
  aliases: ['Préfecture d’Aichi', 'province de Aichi', 'Aichi Prefecture'],
  searchText: "aichi prefecture d'aichi province de aichi aichi prefecture 愛知県"
};
MERGE (n:Place {key: 'place:nagoya'})
SET n += {
  name: 'Nagoya',
  nameOriginal: '名古屋',
  kind: 'city',
  searchText: 'nagoya 名古屋'
};
MERGE (n:Place {key: 'place:nagakute'})
SET n += {
  name: 'Nagakute',
  nameOriginal: '長久手市',
  kind: 'city',
  searchText: 'nagakute 長久手市'
};
MERGE (n:Place {key: 'place:kumamoto-prefecture'})
SET n += {
  name: 'Préfecture de Kumamoto',
  nameOriginal: '熊本県',
  kind: 'prefecture',
  aliases: ['Kumamoto Prefecture'],
  searchText: 'prefecture de kumamoto kumamoto prefecture 熊本県'
};
MERGE (n:Place {key: 'place:kumamoto'})
SET n += {
  name: 'Kumamoto',
  nameOriginal: '熊本市',
  kind: 'city',
  aliases: ['Kumamoto City', 'ville de Kumamoto'],
  searchText: 'kumamoto kumamoto city ville de kumamoto 熊本市'
};
MERGE (n:Place {key: 'place:hokkaido'})
SET n += {
  name: 'Hokkaido',
  nameOriginal: '北海道',
  kind: 'prefecture',
  aliases: ['Hokkaidō'],
  searchText: 'hokkaido 北海道'
};
MERGE (n:Place {key: 'place:kyushu'})
SET n += {
  name: 'Kyushu',
  nameOriginal: '九州',
  kind: 'region',
  aliases: ['Kyūshū'],
  searchText: 'kyushu 九州'
};
MERGE (n:Place {key: 'place:expo-2025-site'})
SET n += {
  name: 'Site de l’Exposition universelle Osaka-Kansai 2025',
  kind: 'venue',
  aliases: ['Expo 2025 site', 'site de l’Exposition universelle'],
  searchText: "site de l'exposition universelle osaka-kansai 2025 expo 2025 site site de l'exposition universelle"
};

// ---- Geographic hierarchy
UNWIND [
  {fromKey: 'place:wallonia', toKey: 'place:belgium', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:brussels', toKey: 'place:belgium', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:liege', toKey: 'place:wallonia', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:waterloo', toKey: 'place:wallonia', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:gosselies', toKey: 'place:wallonia', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:hauts-de-france', toKey: 'place:france', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:lille', toKey: 'place:hauts-de-france', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:bourgogne-franche-comte', toKey: 'place:france', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:dijon', toKey: 'place:bourgogne-franche-comte', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:tokyo', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:osaka', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:kyoto', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:aichi', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:nagoya', toKey: 'place:aichi', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:nagakute', toKey: 'place:aichi', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:kumamoto-prefecture', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:kumamoto', toKey: 'place:kumamoto-prefecture', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:hokkaido', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:kyushu', toKey: 'place:japan', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}},
  {fromKey: 'place:expo-2025-site', toKey: 'place:osaka', props: {
    basis: 'reference', inferred: true, inferenceNote: 'Hiérarchie géographique de référence : aucun article ne l’énonce.'}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
