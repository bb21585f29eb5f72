// 100_000_eb87548844b58c42.cypher — facts from 000_eb87548844b58c42.txt (src:000-eb87548844b58c42):
// Chambre de Commerce du Luxembourg — bilan des trois missions économiques à l’Exposition universelle d’Osaka 2025.
// Requires 000_schema.cypher and 010_reference.cypher. Runs as one transaction, idempotent (MERGE on keys,
// full property sets). Entities shared with other articles carry the same key and the same properties in every
// script, a relationship asserted by several articles carries the union of their sources/quotes in each.

// ======== Organization nodes
MERGE (n:Organization {key: 'org:chambre-de-commerce-luxembourg'})
SET n += {
  name: 'Chambre de Commerce du Luxembourg',
  kind: 'chamber',
  aliases: ['Chambre de Commerce', 'Luxembourg Chamber of Commerce', 'Chamber of Commerce of Luxembourg'],
  description: 'Chambre de commerce du Grand-Duché de Luxembourg — organisatrice des missions économiques luxembourgeoises au Japon (Business Forum de juin 2024, trois missions de l’Exposition universelle d’Osaka 2025).',
  contactEmailJapan: 'osaka2025@cc.lu',
  searchText: 'chambre de commerce du luxembourg chambre de commerce luxembourg chamber of commerce chamber of commerce of luxembourg'
};
MERGE (n:Organization {key: 'org:maee-luxembourg'})
SET n += {
  name: 'Ministère des Affaires étrangères et européennes',
  kind: 'government_body',
  aliases: ['MAEE', 'Ministry of Foreign and European Affairs', 'Ministère des Affaires étrangères et européennes du Luxembourg'],
  description: 'Ministère luxembourgeois des Affaires étrangères et européennes.',
  searchText: 'ministere des affaires etrangeres et europeennes maee ministry of foreign and european affairs ministere des affaires etrangeres et europeennes du luxembourg'
};
MERGE (n:Organization {key: 'org:embassy-luxembourg-japan'})
SET n += {
  name: 'Ambassade du Luxembourg au Japon',
  kind: 'embassy',
  aliases: ['Embassy of Luxembourg in Japan', 'ambassade du Luxembourg'],
  searchText: 'ambassade du luxembourg au japon embassy of luxembourg in japan ambassade du luxembourg'
};
// The June 2024 article names the forum co-organiser "Luxembourg Trade and Invest" and, two paragraphs later,
// the "Luxembourg Trade and Investment Office à Tokyo": both are taken as the Tokyo office (one node, both names in aliases).
MERGE (n:Organization {key: 'org:ltio-tokyo'})
SET n += {
  name: 'Luxembourg Trade and Investment Office Tokyo',
  kind: 'trade_office',
  aliases: ['Luxembourg Trade and Investment Office à Tokyo', 'Luxembourg Trade and Invest', 'LTIO Tokyo'],
  description: 'Bureau commercial et d’investissement du Luxembourg à Tokyo.',
  searchText: 'luxembourg trade and investment office tokyo luxembourg trade and investment office a tokyo luxembourg trade and invest ltio tokyo'
};
MERGE (n:Organization {key: 'org:luxembourg-space-agency'})
SET n += {
  name: 'Luxembourg Space Agency',
  kind: 'government_agency',
  aliases: ['LSA', 'Agence spatiale luxembourgeoise'],
  description: 'Agence spatiale du Luxembourg.',
  searchText: 'luxembourg space agency lsa agence spatiale luxembourgeoise'
};
MERGE (n:Organization {key: 'org:gie-luxembourg-expo-2025-osaka'})
SET n += {
  name: 'GIE Luxembourg@Expo 2025 Osaka',
  kind: 'economic_interest_group',
  aliases: ['Luxembourg@Expo 2025 Osaka', 'Groupement d’intérêt économique Luxembourg@Expo 2025 Osaka'],
  description: 'Groupement d’intérêt économique cité pour le pavillon luxembourgeois de l’Exposition universelle d’Osaka 2025 — soutenu par la Chambre de Commerce (2,35 M€ de financement, 650 000 € en nature).',
  searchText: "gie luxembourg@expo 2025 osaka luxembourg@expo 2025 osaka groupement d'interet economique luxembourg@expo 2025 osaka"
};

// ======== Person nodes
MERGE (n:Person {key: 'person:carlo-thelen'})
SET n += {
  name: 'Carlo Thelen',
  searchText: 'carlo thelen'
};
// The article says only "S.A.R. le Grand-Duc", on 30 May 2025 the reigning Grand Duke was Henri (common knowledge,
// recorded as inferred with an inferenceNote so that the identification is visible as such).
MERGE (n:Person {key: 'person:grand-duke-henri'})
SET n += {
  name: 'Henri, Grand-Duc de Luxembourg',
  aliases: ['S.A.R. le Grand-Duc', 'Grand-Duc Henri'],
  inferred: true,
  inferenceNote: 'L’article dit « S.A.R. le Grand-Duc » — le Grand-Duc régnant le 30 mai 2025 était Henri (connaissance commune).',
  searchText: 'henri, grand-duc de luxembourg s.a.r. le grand-duc grand-duc henri'
};

// ======== Place nodes
MERGE (n:Place {key: 'place:luxembourg-pavilion-expo-2025'})
SET n += {
  name: 'Pavillon luxembourgeois (Expo 2025 Osaka)',
  kind: 'venue',
  aliases: ['pavillon luxembourgeois', 'Luxembourg Pavilion'],
  searchText: 'pavillon luxembourgeois (expo 2025 osaka) pavillon luxembourgeois luxembourg pavilion'
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
// The three 2025 missions share one parent programme node: the article gives the totals (160 representatives,
// 95 companies, 80+ B2B meetings, 14 visits) and the three cities only for the programme as a whole.
MERGE (n:Event {key: 'evt:luxembourg-expo-2025-economic-missions'})
SET n += {
  name: 'Missions économiques luxembourgeoises à l’Exposition universelle d’Osaka 2025',
  kind: 'mission_programme',
  aliases: ['trois missions économiques', 'Luxembourg economic missions Expo 2025'],
  startDate: date('2025-05-01'),
  endDate: date('2025-07-01'),
  datePrecision: 'month',
  dateText: 'fin mai à juillet 2025',
  dateQualifier: 'late',
  description: 'Trois missions économiques ciblées (multisectorielle fin mai, spatiale mi-juillet, tech et santé en juillet) : 160 représentants de 95 entreprises luxembourgeoises, plus de 80 rendez-vous B2B, 14 visites d’entreprises japonaises à Osaka, Tokyo et Kyoto — plusieurs entreprises luxembourgeoises engagées depuis dans des négociations pour des partenariats durables avec des acteurs japonais.',
  searchText: "missions economiques luxembourgeoises a l'exposition universelle d'osaka 2025 trois missions economiques luxembourg economic missions expo 2025"
};
MERGE (n:Event {key: 'evt:luxembourg-expo-2025-mission-1'})
SET n += {
  name: 'Première mission économique luxembourgeoise (multisectorielle) – Expo 2025 Osaka',
  kind: 'trade_mission',
  startDate: date('2025-05-01'),
  datePrecision: 'month',
  dateText: 'fin mai 2025',
  dateQualifier: 'late',
  description: 'Mission multisectorielle centrée sur des visites d’entreprises et le Luxembourg Day du 30 mai.',
  searchText: 'premiere mission economique luxembourgeoise (multisectorielle) - expo 2025 osaka'
};
MERGE (n:Event {key: 'evt:luxembourg-day-expo-2025'})
SET n += {
  name: 'Luxembourg Day',
  kind: 'national_day',
  aliases: ['Luxembourg Day Expo 2025', 'journée du Luxembourg'],
  startDate: date('2025-05-30'),
  endDate: date('2025-05-30'),
  datePrecision: 'day',
  description: 'Journée du Luxembourg à l’Exposition universelle d’Osaka, en présence de S.A.R. le Grand-Duc.',
  searchText: 'luxembourg day luxembourg day expo 2025 journee du luxembourg'
};
MERGE (n:Event {key: 'evt:luxembourg-expo-2025-mission-2-space'})
SET n += {
  name: 'Deuxième mission économique luxembourgeoise (spatial) – Expo 2025 Osaka',
  kind: 'trade_mission',
  startDate: date('2025-07-01'),
  datePrecision: 'month',
  dateText: 'mi-juillet 2025',
  dateQualifier: 'mid',
  description: 'Mission dédiée au secteur spatial : Space Afternoon co-organisé avec la Luxembourg Space Agency, visites sur le terrain, rendez-vous d’affaires.',
  searchText: 'deuxieme mission economique luxembourgeoise (spatial) - expo 2025 osaka'
};
MERGE (n:Event {key: 'evt:space-afternoon-2025'})
SET n += {
  name: 'Space Afternoon',
  kind: 'conference',
  aliases: ['Space Afternoon Expo 2025'],
  startDate: date('2025-07-01'),
  datePrecision: 'month',
  dateText: 'mi-juillet 2025',
  dateQualifier: 'mid',
  description: 'Après-midi consacré au spatial luxembourgeois, co-organisé avec la Luxembourg Space Agency.',
  searchText: 'space afternoon space afternoon expo 2025'
};
MERGE (n:Event {key: 'evt:luxembourg-expo-2025-mission-3-tech-health'})
SET n += {
  name: 'Troisième mission économique luxembourgeoise (tech et santé) – Expo 2025 Osaka',
  kind: 'trade_mission',
  startDate: date('2025-07-01'),
  datePrecision: 'month',
  dateText: 'juillet 2025',
  description: 'Mission axée sur la tech et la santé (technologies médicales, robotique), avec rendez-vous d’affaires.',
  searchText: 'troisieme mission economique luxembourgeoise (tech et sante) - expo 2025 osaka'
};
// documentUrl is the ministry booklet linked by the article (not the article's own address, which is unknown).
MERGE (n:Event {key: 'evt:luxembourg-expo-2025-press-conference'})
SET n += {
  name: 'Conférence de presse : bilan de la participation luxembourgeoise à l’Exposition universelle d’Osaka',
  kind: 'press_conference',
  startDate: date('2025-11-26'),
  endDate: date('2025-11-26'),
  datePrecision: 'day',
  documentUrl: 'https://gouvernement.lu/dam-assets/images-documents/actualites/2025/11/26-bilan-osaka/0161-nb-dep-osaka-pavillon-a5-booklet-web.pdf',
  searchText: "conference de presse : bilan de la participation luxembourgeoise a l'exposition universelle d'osaka"
};
// "au printemps 2026": the season is kept verbatim in dateText and as dateQualifier, the date itself is year-precise.
MERGE (n:Event {key: 'evt:luxembourg-expo-2025-follow-up-programme'})
SET n += {
  name: 'Programme de suivi des entreprises participant aux missions économiques',
  kind: 'follow_up_programme',
  status: 'planned',
  startDate: date('2026-01-01'),
  datePrecision: 'year',
  dateText: 'au printemps 2026',
  dateQualifier: 'spring',
  description: 'Programme de suivi sur mesure pour mesurer les retombées des missions et accompagner les entreprises participantes.',
  searchText: 'programme de suivi des entreprises participant aux missions economiques'
};

// ======== Fact nodes
MERGE (n:Fact {key: 'fact:lu-jp-services-trade-2024'})
SET n += {
  kind: 'trade',
  value: 1200000000,
  unit: 'EUR',
  qualifier: 'more_than',
  year: 2024,
  statement: 'Échanges de services entre le Luxembourg et le Japon : plus de 1,2 milliard d’euros en 2024, dont 75 % dans les services financiers.',
  searchText: "echanges de services entre le luxembourg et le japon : plus de 1,2 milliard d'euros en 2024, dont 75 % dans les services financiers."
};
MERGE (n:Fact {key: 'fact:japan-fourth-world-economy'})
SET n += {
  kind: 'ranking',
  value: 4,
  unit: 'rank',
  statement: 'Le Japon est la quatrième économie mondiale.',
  searchText: 'le japon est la quatrieme economie mondiale.'
};
MERGE (n:Fact {key: 'fact:japan-third-asian-trade-partner-luxembourg'})
SET n += {
  kind: 'ranking',
  value: 3,
  unit: 'rank',
  statement: 'Le Japon est le troisième partenaire commercial du Luxembourg en Asie.',
  searchText: 'le japon est le troisieme partenaire commercial du luxembourg en asie.'
};
MERGE (n:Fact {key: 'fact:japanese-companies-in-luxembourg'})
SET n += {
  kind: 'market_presence',
  statement: 'Des entreprises japonaises sont implantées au Luxembourg dans des secteurs clés (la source ne les chiffre pas).',
  searchText: 'des entreprises japonaises sont implantees au luxembourg dans des secteurs cles (la source ne les chiffre pas).'
};

// ======== Citations: (node)-[:CITED_IN {quote}]->(source), one relationship per quoted sentence
MATCH (s:Source {key: 'src:000-eb87548844b58c42'})
UNWIND [
  {key: 'org:chambre-de-commerce-luxembourg', quote: 'La Chambre de Commerce a identifié des leviers majeurs pour les entreprises luxembourgeoises : financement, coopération internationale et attractivité économique.'},
  {key: 'org:chambre-de-commerce-luxembourg', quote: 'La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.'},
  {key: 'org:chambre-de-commerce-luxembourg', quote: 'Contactez-nous à : osaka2025@cc.lu'},
  {key: 'org:maee-luxembourg', quote: "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."},
  {key: 'org:maee-luxembourg', quote: 'Ces éléments ont été présentés le 26 novembre 2025, lors de la conférence de presse organisée par le Ministère des Affaires étrangères et européennes, consacrée au bilan de la participation luxembourgeoise à l’Exposition universelle d’Osaka.'},
  {key: 'org:embassy-luxembourg-japan', quote: "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."},
  {key: 'org:ltio-tokyo', quote: "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."},
  {key: 'org:luxembourg-space-agency', quote: 'La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.'},
  {key: 'org:gie-luxembourg-expo-2025-osaka', quote: 'Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.'},
  {key: 'org:gie-luxembourg-expo-2025-osaka', quote: 'La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.'}
] AS row
MATCH (n:Organization {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:000-eb87548844b58c42'})
UNWIND [
  {key: 'person:carlo-thelen', quote: 'Carlo Thelen, Directeur Général de la Chambre de Commerce, souligne : “La Chambre de Commerce a joué un rôle clé dans la mise en œuvre du programme économique.'},
  {key: 'person:grand-duke-henri', quote: 'La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.'}
] AS row
MATCH (n:Person {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:000-eb87548844b58c42'})
UNWIND [
  {key: 'place:osaka', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'place:tokyo', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'place:kyoto', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'place:japan', quote: 'Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.'},
  {key: 'place:luxembourg', quote: 'Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.'},
  {key: 'place:luxembourg-pavilion-expo-2025', quote: 'Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.'},
  {key: 'place:luxembourg-pavilion-expo-2025', quote: 'Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.'}
] AS row
MATCH (n:Place {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:000-eb87548844b58c42'})
UNWIND [
  {key: 'evt:expo-2025-osaka', quote: 'Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.'},
  {key: 'evt:expo-2025-osaka', quote: "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."},
  {key: 'evt:luxembourg-expo-2025-economic-missions', quote: "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."},
  {key: 'evt:luxembourg-expo-2025-economic-missions', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'evt:luxembourg-expo-2025-economic-missions', quote: 'Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.'},
  {key: 'evt:luxembourg-expo-2025-economic-missions', quote: 'Les liens établis à Osaka augurent déjà des relations fructueuses : plusieurs entreprises luxembourgeoises sont engagées dans des négociations pour établir des partenariats durables avec des acteurs japonais.'},
  {key: 'evt:luxembourg-expo-2025-mission-1', quote: 'La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.'},
  {key: 'evt:luxembourg-day-expo-2025', quote: 'La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.'},
  {key: 'evt:luxembourg-expo-2025-mission-2-space', quote: 'La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.'},
  {key: 'evt:luxembourg-expo-2025-mission-2-space', quote: 'Les deux missions de juillet ont intégré des rendez-vous d’affaires qui ont permis aux entreprises luxembourgeoises de rentrer en contact et explorer des partenariats avec leurs contreparties japonaises.'},
  {key: 'evt:space-afternoon-2025', quote: 'La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.'},
  {key: 'evt:luxembourg-expo-2025-mission-3-tech-health', quote: 'Enfin, la troisième mission, axée sur la tech et la santé, s’est concentrée autour des technologies médicales et de la robotique.'},
  {key: 'evt:luxembourg-expo-2025-mission-3-tech-health', quote: 'Les deux missions de juillet ont intégré des rendez-vous d’affaires qui ont permis aux entreprises luxembourgeoises de rentrer en contact et explorer des partenariats avec leurs contreparties japonaises.'},
  {key: 'evt:luxembourg-expo-2025-press-conference', quote: 'Ces éléments ont été présentés le 26 novembre 2025, lors de la conférence de presse organisée par le Ministère des Affaires étrangères et européennes, consacrée au bilan de la participation luxembourgeoise à l’Exposition universelle d’Osaka.'},
  {key: 'evt:luxembourg-expo-2025-press-conference', quote: 'Vous trouverez toutes les données partagées par le Ministère lors de la conférence de presse via ce lien : https://gouvernement.lu/dam-assets/images-documents/actualites/2025/11/26-bilan-osaka/0161-nb-dep-osaka-pavillon-a5-booklet-web.pdf'},
  {key: 'evt:luxembourg-expo-2025-follow-up-programme', quote: 'À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.'}
] AS row
MATCH (n:Event {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:000-eb87548844b58c42'})
UNWIND [
  {key: 'fact:lu-jp-services-trade-2024', quote: 'Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.'},
  {key: 'fact:japanese-companies-in-luxembourg', quote: 'Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.'},
  {key: 'fact:japan-fourth-world-economy', quote: 'Le Japon, quatrième économie mondiale et troisième partenaire commercial du Luxembourg en Asie, représente un marché stratégique pour la diversification économique du Grand-Duché.'},
  {key: 'fact:japan-third-asian-trade-partner-luxembourg', quote: 'Le Japon, quatrième économie mondiale et troisième partenaire commercial du Luxembourg en Asie, représente un marché stratégique pour la diversification économique du Grand-Duché.'}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);

// ======== Relationships (sources/quotes: parallel lists, one entry per supporting sentence)
UNWIND [
  {fromKey: 'person:carlo-thelen', toKey: 'org:chambre-de-commerce-luxembourg', props: {
    title: 'Directeur Général',
    asOf: date('2025-11-01'),
    asOfPrecision: 'month',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Carlo Thelen, Directeur Général de la Chambre de Commerce, souligne : “La Chambre de Commerce a joué un rôle clé dans la mise en œuvre du programme économique.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:embassy-luxembourg-japan', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'org:ltio-tokyo', toKey: 'place:tokyo', props: {
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo.", 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}},
  {fromKey: 'org:maee-luxembourg', toKey: 'place:luxembourg', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.', 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:expo-2025-osaka', toKey: 'place:osaka', props: {
    sources: ['src:000-eb87548844b58c42', 'src:003-f08af42fe33b2bd7', 'src:004-582de1b4eb09b674'],
    quotes: ['Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.', 'Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-1', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo.", 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-2-space', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo.", 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-3-tech-health', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo.", 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'place:osaka', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'place:tokyo', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'place:kyoto', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'evt:luxembourg-day-expo-2025', toKey: 'place:osaka', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ['La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.', 'Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.']}},
  {fromKey: 'evt:space-afternoon-2025', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ['La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.', "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
// Luxembourg Day is the national day of the Expo participation: part of the first mission (stated) and of
// the Expo (context), for the same reason it is located in Osaka (basis context).
UNWIND [
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'evt:expo-2025-osaka', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-1', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-2-space', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-3-tech-health', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'evt:luxembourg-day-expo-2025', toKey: 'evt:luxembourg-expo-2025-mission-1', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.']}},
  {fromKey: 'evt:luxembourg-day-expo-2025', toKey: 'evt:expo-2025-osaka', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ['La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.', "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'evt:space-afternoon-2025', toKey: 'evt:luxembourg-expo-2025-mission-2-space', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
// The Chamber (publisher of the article) runs the mission programme, the ministry, the embassy and the
// Tokyo trade office are its stated co-organising partners ("organisées en étroite collaboration avec ...").
// The Space Afternoon was "co-organisé avec la Luxembourg Space Agency": the other co-organiser is the mission's
// organiser, the Chamber (basis context).
UNWIND [
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    role: 'organisateur',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ['Carlo Thelen, Directeur Général de la Chambre de Commerce, souligne : “La Chambre de Commerce a joué un rôle clé dans la mise en œuvre du programme économique.', "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'org:maee-luxembourg', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    role: 'en étroite collaboration',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'org:embassy-luxembourg-japan', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    role: 'en étroite collaboration',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'org:ltio-tokyo', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    role: 'en étroite collaboration',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'evt:space-afternoon-2025', props: {
    role: 'co-organisateur',
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ['La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.', 'Carlo Thelen, Directeur Général de la Chambre de Commerce, souligne : “La Chambre de Commerce a joué un rôle clé dans la mise en œuvre du programme économique.']}},
  {fromKey: 'org:luxembourg-space-agency', toKey: 'evt:space-afternoon-2025', props: {
    role: 'co-organisateur',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.']}},
  {fromKey: 'org:maee-luxembourg', toKey: 'evt:luxembourg-expo-2025-press-conference', props: {
    role: 'organisateur',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces éléments ont été présentés le 26 novembre 2025, lors de la conférence de presse organisée par le Ministère des Affaires étrangères et européennes, consacrée au bilan de la participation luxembourgeoise à l’Exposition universelle d’Osaka.']}},
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'evt:luxembourg-expo-2025-follow-up-programme', props: {
    role: 'organisateur',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ORGANIZED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'sector:space', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['En s’appuyant sur ses secteurs d’excellence (comme le spatial, les nouvelles technologies et l’économie circulaire, la santé), le Grand-Duché a saisi cette vitrine internationale pour renforcer son ambition sur la scène mondiale et ouvrir de nouvelles opportunités d’affaires en Asie.']}},
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'sector:new-technologies', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['En s’appuyant sur ses secteurs d’excellence (comme le spatial, les nouvelles technologies et l’économie circulaire, la santé), le Grand-Duché a saisi cette vitrine internationale pour renforcer son ambition sur la scène mondiale et ouvrir de nouvelles opportunités d’affaires en Asie.']}},
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'sector:circular-economy', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['En s’appuyant sur ses secteurs d’excellence (comme le spatial, les nouvelles technologies et l’économie circulaire, la santé), le Grand-Duché a saisi cette vitrine internationale pour renforcer son ambition sur la scène mondiale et ouvrir de nouvelles opportunités d’affaires en Asie.']}},
  {fromKey: 'evt:luxembourg-expo-2025-economic-missions', toKey: 'sector:health', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['En s’appuyant sur ses secteurs d’excellence (comme le spatial, les nouvelles technologies et l’économie circulaire, la santé), le Grand-Duché a saisi cette vitrine internationale pour renforcer son ambition sur la scène mondiale et ouvrir de nouvelles opportunités d’affaires en Asie.']}},
  {fromKey: 'evt:space-afternoon-2025', toKey: 'sector:space', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-2-space', toKey: 'sector:space', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La deuxième, dédiée au secteur spatial à la mi-juillet, a mis en valeur les ambitions du Luxembourg lors du Space Afternoon co-organisé avec la Luxembourg Space Agency, ainsi qu’à travers plusieurs visites sur le terrain.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-3-tech-health', toKey: 'sector:new-technologies', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Enfin, la troisième mission, axée sur la tech et la santé, s’est concentrée autour des technologies médicales et de la robotique.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-3-tech-health', toKey: 'sector:health', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Enfin, la troisième mission, axée sur la tech et la santé, s’est concentrée autour des technologies médicales et de la robotique.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-3-tech-health', toKey: 'sector:medical-technologies', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Enfin, la troisième mission, axée sur la tech et la santé, s’est concentrée autour des technologies médicales et de la robotique.']}},
  {fromKey: 'evt:luxembourg-expo-2025-mission-3-tech-health', toKey: 'sector:robotics', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Enfin, la troisième mission, axée sur la tech et la santé, s’est concentrée autour des technologies médicales et de la robotique.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:grand-duke-henri', toKey: 'evt:luxembourg-day-expo-2025', props: {
    role: 'en présence de S.A.R. le Grand-Duc',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La première, à caractère multisectorielle, s’est déroulée fin mai et a été centrée autour de visites d’entreprises ainsi que de moments forts tels que le Luxembourg Day du 30 mai en présence de S.A.R. le Grand-Duc.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
// FOLLOWS_UP links a later event to the earlier one it reviews or continues (press review, follow-up programme).
UNWIND [
  {fromKey: 'evt:luxembourg-expo-2025-press-conference', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces éléments ont été présentés le 26 novembre 2025, lors de la conférence de presse organisée par le Ministère des Affaires étrangères et européennes, consacrée au bilan de la participation luxembourgeoise à l’Exposition universelle d’Osaka.']}},
  {fromKey: 'evt:luxembourg-expo-2025-follow-up-programme', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:FOLLOWS_UP]->(b)
SET r += row.props;
// The amounts of this support are Facts (fact:cc-luxembourg-gie-expo-2025-financing, …-in-kind) ABOUT both organisations.
UNWIND [
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'org:gie-luxembourg-expo-2025-osaka', props: {
    role: 'soutien financier et en nature',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:SUPPORTED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:gie-luxembourg-expo-2025-osaka', toKey: 'evt:expo-2025-osaka', props: {
    role: 'pavillon luxembourgeois',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.']}},
  {fromKey: 'org:maee-luxembourg', toKey: 'evt:expo-2025-osaka', props: {
    role: 'pavillon luxembourgeois',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.']}},
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'evt:expo-2025-osaka', props: {
    role: 'pavillon luxembourgeois',
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'place:luxembourg-pavilion-expo-2025', toKey: 'place:expo-2025-site', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:000-eb87548844b58c42'],
    quotes: ['Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.', 'Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.']}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-jp-services-trade-2024', toKey: 'place:luxembourg', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}},
  {fromKey: 'fact:lu-jp-services-trade-2024', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}},
  {fromKey: 'fact:japanese-companies-in-luxembourg', toKey: 'place:luxembourg', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}},
  {fromKey: 'fact:japanese-companies-in-luxembourg', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}},
  {fromKey: 'fact:japan-fourth-world-economy', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Le Japon, quatrième économie mondiale et troisième partenaire commercial du Luxembourg en Asie, représente un marché stratégique pour la diversification économique du Grand-Duché.']}},
  {fromKey: 'fact:japan-third-asian-trade-partner-luxembourg', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Le Japon, quatrième économie mondiale et troisième partenaire commercial du Luxembourg en Asie, représente un marché stratégique pour la diversification économique du Grand-Duché.']}},
  {fromKey: 'fact:japan-third-asian-trade-partner-luxembourg', toKey: 'place:luxembourg', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Le Japon, quatrième économie mondiale et troisième partenaire commercial du Luxembourg en Asie, représente un marché stratégique pour la diversification économique du Grand-Duché.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-jp-services-trade-2024', toKey: 'sector:financial-services', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
// Both Luxembourg articles speak of the centenary of bilateral relations in 2027: since = 1927 (year precision),
// with the reasoning kept in sinceBasis.
UNWIND [
  {fromKey: 'place:luxembourg', toKey: 'place:japan', props: {
    since: date('1927-01-01'),
    sincePrecision: 'year',
    sinceBasis: 'Centenaire des relations bilatérales en 2027',
    centenaryYear: 2027,
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.', 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.']}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:DIPLOMATIC_RELATIONS]->(b)
SET r += row.props;

// ======== Figures as data: every figure of the article a reader would cite, as a Fact (value, unit, qualifier,
// year or period, statement) ABOUT the entities it describes and cited with its sentence (README.md, "Figures").
// A figure stated by two articles has the same full property set in both scripts, and its ABOUT relationships the
// union of their sources and quotes.
MERGE (n:Fact {key: 'fact:lu-expo-2025-missions-count'})
SET n += {
  kind: 'activity',
  value: 3,
  unit: 'missions',
  statement: 'Trois missions économiques luxembourgeoises ciblées à l’occasion de l’Exposition universelle d’Osaka 2025.',
  searchText: "trois missions economiques luxembourgeoises ciblees a l'occasion de l'exposition universelle d'osaka 2025."
};
MERGE (n:Fact {key: 'fact:lu-expo-2025-missions-representatives'})
SET n += {
  kind: 'attendance',
  value: 160,
  unit: 'representatives',
  statement: 'Les trois missions économiques luxembourgeoises de 2025 ont réuni 160 représentants.',
  searchText: 'les trois missions economiques luxembourgeoises de 2025 ont reuni 160 representants.'
};
MERGE (n:Fact {key: 'fact:lu-expo-2025-missions-companies'})
SET n += {
  kind: 'participation',
  value: 95,
  unit: 'companies',
  statement: 'Les représentants des missions économiques luxembourgeoises de 2025 venaient de 95 entreprises luxembourgeoises.',
  searchText: 'les representants des missions economiques luxembourgeoises de 2025 venaient de 95 entreprises luxembourgeoises.'
};
MERGE (n:Fact {key: 'fact:lu-expo-2025-missions-b2b-meetings'})
SET n += {
  kind: 'activity',
  value: 80,
  unit: 'b2b_meetings',
  qualifier: 'more_than',
  statement: 'Les missions économiques luxembourgeoises de 2025 ont généré plus de 80 rendez-vous B2B.',
  searchText: 'les missions economiques luxembourgeoises de 2025 ont genere plus de 80 rendez-vous b2b.'
};
MERGE (n:Fact {key: 'fact:lu-expo-2025-missions-company-visits'})
SET n += {
  kind: 'activity',
  value: 14,
  unit: 'company_visits',
  statement: 'Les missions économiques luxembourgeoises de 2025 ont permis 14 visites d’entreprises japonaises emblématiques.',
  searchText: "les missions economiques luxembourgeoises de 2025 ont permis 14 visites d'entreprises japonaises emblematiques."
};
MERGE (n:Fact {key: 'fact:lu-expo-2025-missions-cities'})
SET n += {
  kind: 'activity',
  value: 3,
  unit: 'cities',
  statement: 'Les visites des missions économiques luxembourgeoises de 2025 ont eu lieu dans 3 villes : Osaka, Tokyo et Kyoto.',
  searchText: 'les visites des missions economiques luxembourgeoises de 2025 ont eu lieu dans 3 villes : osaka, tokyo et kyoto.'
};
MERGE (n:Fact {key: 'fact:lu-jp-relations-centenary-2027'})
SET n += {
  kind: 'relations',
  value: 100,
  unit: 'years',
  year: 2027,
  period: '1927–2027',
  statement: 'Centenaire des relations bilatérales entre le Luxembourg et le Japon en 2027 (relations établies en 1927).',
  searchText: 'centenaire des relations bilaterales entre le luxembourg et le japon en 2027 (relations etablies en 1927).'
};
MERGE (n:Fact {key: 'fact:lu-jp-services-trade-2024-financial-services-share'})
SET n += {
  kind: 'trade',
  value: 75,
  unit: 'percent',
  year: 2024,
  statement: '75 % des échanges de services entre le Luxembourg et le Japon en 2024 relevaient des services financiers.',
  searchText: '75 % des echanges de services entre le luxembourg et le japon en 2024 relevaient des services financiers.'
};
MERGE (n:Fact {key: 'fact:cc-luxembourg-gie-expo-2025-financing'})
SET n += {
  kind: 'financing',
  value: 2350000,
  unit: 'EUR',
  statement: 'La Chambre de Commerce du Luxembourg a apporté 2,35 millions d’euros de financement au GIE Luxembourg@Expo 2025 Osaka.',
  searchText: "la chambre de commerce du luxembourg a apporte 2,35 millions d'euros de financement au gie luxembourg@expo 2025 osaka."
};
MERGE (n:Fact {key: 'fact:cc-luxembourg-gie-expo-2025-in-kind'})
SET n += {
  kind: 'financing',
  value: 650000,
  unit: 'EUR',
  statement: 'La Chambre de Commerce du Luxembourg a apporté au GIE Luxembourg@Expo 2025 Osaka 650 000 € en apport en nature.',
  searchText: 'la chambre de commerce du luxembourg a apporte au gie luxembourg@expo 2025 osaka 650 000 € en apport en nature.'
};
MATCH (s:Source {key: 'src:000-eb87548844b58c42'})
UNWIND [
  {key: 'fact:lu-expo-2025-missions-count', quote: "Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."},
  {key: 'fact:lu-expo-2025-missions-representatives', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'fact:lu-expo-2025-missions-companies', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'fact:lu-expo-2025-missions-b2b-meetings', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'fact:lu-expo-2025-missions-company-visits', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'fact:lu-expo-2025-missions-cities', quote: 'Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.'},
  {key: 'fact:lu-jp-relations-centenary-2027', quote: 'À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.'},
  {key: 'fact:lu-jp-services-trade-2024-financial-services-share', quote: 'Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.'},
  {key: 'fact:cc-luxembourg-gie-expo-2025-financing', quote: 'La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.'},
  {key: 'fact:cc-luxembourg-gie-expo-2025-in-kind', quote: 'La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.'}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
UNWIND [
  {fromKey: 'fact:cc-luxembourg-gie-expo-2025-financing', toKey: 'org:chambre-de-commerce-luxembourg', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.']}},
  {fromKey: 'fact:cc-luxembourg-gie-expo-2025-financing', toKey: 'org:gie-luxembourg-expo-2025-osaka', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.']}},
  {fromKey: 'fact:cc-luxembourg-gie-expo-2025-in-kind', toKey: 'org:chambre-de-commerce-luxembourg', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.']}},
  {fromKey: 'fact:cc-luxembourg-gie-expo-2025-in-kind', toKey: 'org:gie-luxembourg-expo-2025-osaka', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['La Chambre de Commerce a apporté un soutien significatif au GIE avec 2,35 millions d’euros en financement et 650 000 € en apport en nature.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-expo-2025-missions-count', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo."]}},
  {fromKey: 'fact:lu-expo-2025-missions-representatives', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-expo-2025-missions-companies', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-expo-2025-missions-b2b-meetings', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-expo-2025-missions-company-visits', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-expo-2025-missions-cities', toKey: 'evt:luxembourg-expo-2025-economic-missions', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-expo-2025-missions-cities', toKey: 'place:osaka', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-expo-2025-missions-cities', toKey: 'place:tokyo', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-expo-2025-missions-cities', toKey: 'place:kyoto', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Ces trois missions ont réuni 160 représentants issus de 95 entreprises luxembourgeoises, généré plus de 80 rendez-vous B2B et permis 14 visites d’entreprises japonaises emblématiques dans 3 villes (Osaka, Tokyo et Kyoto), ouvrant la voie à des échanges significatifs et des partenariats prometteurs.']}},
  {fromKey: 'fact:lu-jp-relations-centenary-2027', toKey: 'place:luxembourg', props: {
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.', 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.']}},
  {fromKey: 'fact:lu-jp-relations-centenary-2027', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.', 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.']}},
  {fromKey: 'fact:lu-jp-services-trade-2024-financial-services-share', toKey: 'place:luxembourg', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}},
  {fromKey: 'fact:lu-jp-services-trade-2024-financial-services-share', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-jp-services-trade-2024-financial-services-share', toKey: 'sector:financial-services', props: {
    sources: ['src:000-eb87548844b58c42'],
    quotes: ['Cette présence s’inscrit dans la continuité des relations économiques entre les deux pays, qui se traduisent par des échanges de services dépassant 1,2 milliard d’euros en 2024, dont 75% dans les services financiers, et par l’implantation d’entreprises japonaises dans des secteurs clés au Luxembourg.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
