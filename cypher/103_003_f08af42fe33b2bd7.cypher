// 103_003_f08af42fe33b2bd7.cypher — facts from 003_f08af42fe33b2bd7.txt (src:003-f08af42fe33b2bd7):
// Région Hauts-de-France — Club Japon des Hauts-de-France, 3e édition (4 novembre 2025).
// Requires 000_schema.cypher and 010_reference.cypher. Runs as one transaction, idempotent (MERGE on keys,
// full property sets). Entities shared with other articles carry the same key and the same properties in every
// script, a relationship asserted by several articles carries the union of their sources/quotes in each.

// ======== Organization nodes
MERGE (n:Organization {key: 'org:region-hauts-de-france'})
SET n += {
  name: 'Région Hauts-de-France',
  kind: 'regional_authority',
  aliases: ['Conseil régional des Hauts-de-France', 'Hauts-de-France Region'],
  description: 'Collectivité régionale — ambition de devenir une vallée européenne de l’intelligence artificielle.',
  searchText: 'region hauts-de-france conseil regional des hauts-de-france hauts-de-france region'
};
MERGE (n:Organization {key: 'org:meti'})
SET n += {
  name: 'Ministry of Economy, Trade and Industry',
  nameJa: '経済産業省',
  kind: 'government_body',
  aliases: ['METI', 'Ministère japonais de l’Économie', 'Ministère de l’Économie, du Commerce et de l’Industrie'],
  description: 'Ministère japonais de l’Économie, du Commerce et de l’Industrie.',
  searchText: "ministry of economy, trade and industry meti ministere japonais de l'economie ministere de l'economie, du commerce et de l'industrie 経済産業省"
};
MERGE (n:Organization {key: 'org:keidanren'})
SET n += {
  name: 'Keidanren',
  nameJa: '日本経済団体連合会',
  kind: 'business_association',
  aliases: ['Japan Business Federation', 'Fédération des organisations économiques japonaises', 'MEDEF japonais', '経団連'],
  description: 'Fédération des organisations économiques japonaises (« le MEDEF japonais »).',
  searchText: 'keidanren japan business federation federation des organisations economiques japonaises medef japonais 経団連 日本経済団体連合会'
};
MERGE (n:Organization {key: 'org:toyota'})
SET n += {
  name: 'Toyota',
  nameJa: 'トヨタ',
  kind: 'company',
  aliases: ['groupe Toyota'],
  searchText: 'toyota groupe toyota トヨタ'
};
// "Yamaha" is left as written (the article does not say which Yamaha group).
MERGE (n:Organization {key: 'org:yamaha'})
SET n += {
  name: 'Yamaha',
  kind: 'company',
  aliases: ['groupe Yamaha'],
  searchText: 'yamaha groupe yamaha'
};

// ======== Person nodes
MERGE (n:Person {key: 'person:xavier-bertrand'})
SET n += {
  name: 'Xavier Bertrand',
  searchText: 'xavier bertrand'
};
MERGE (n:Person {key: 'person:francois-decoster'})
SET n += {
  name: 'François Decoster',
  searchText: 'francois decoster'
};

// ======== Place nodes
MERGE (n:Place {key: 'place:opera-de-lille'})
SET n += {
  name: 'Opéra de Lille',
  kind: 'venue',
  aliases: ['Lille Opera'],
  searchText: 'opera de lille lille opera'
};

// ======== Event nodes
// The "Club Japon" is described both as a club and as a yearly meeting, the graph holds its 2025 edition as an Event
// (edition = 3). The Region is taken as organiser from its president's words "Avec le Club Japon, nous voulons ...".
MERGE (n:Event {key: 'evt:club-japon-hauts-de-france-2025'})
SET n += {
  name: 'Club Japon des Hauts-de-France (3e édition)',
  kind: 'business_forum',
  aliases: ['Club Japon des Hauts-de-France', 'Club Japon'],
  edition: 3,
  startDate: date('2025-11-04'),
  endDate: date('2025-11-04'),
  datePrecision: 'day',
  description: 'Troisième édition du rendez-vous du dialogue économique franco-japonais de la Région : matinée de tables rondes à l’Opéra de Lille.',
  searchText: 'club japon des hauts-de-france (3e edition) club japon des hauts-de-france club japon'
};
MERGE (n:Event {key: 'evt:club-japon-2025-round-table-regulation'})
SET n += {
  name: 'Table ronde « La réglementation française est-elle trop rigide ? Déconstruire les peurs et maîtriser les clés de la réussite »',
  kind: 'round_table',
  startDate: date('2025-11-04'),
  endDate: date('2025-11-04'),
  datePrecision: 'day',
  searchText: 'table ronde la reglementation francaise est-elle trop rigide ? deconstruire les peurs et maitriser les cles de la reussite'
};
MERGE (n:Event {key: 'evt:club-japon-2025-round-table-ai'})
SET n += {
  name: 'Table ronde « L’intelligence artificielle comme levier de transformation de l’économie »',
  kind: 'round_table',
  startDate: date('2025-11-04'),
  endDate: date('2025-11-04'),
  datePrecision: 'day',
  searchText: "table ronde l'intelligence artificielle comme levier de transformation de l'economie"
};
MERGE (n:Event {key: 'evt:hauts-de-france-mission-japan-2025'})
SET n += {
  name: 'Mission économique et institutionnelle des Hauts-de-France au Japon',
  kind: 'trade_mission',
  aliases: ['mission régionale au Japon'],
  startDate: date('2025-09-01'),
  datePrecision: 'month',
  dateText: 'septembre 2025',
  description: 'Mission menée par Xavier Bertrand et François Decoster à Tokyo, Osaka et Nagoya : rencontres avec le METI, la Keidanren, Toyota et Yamaha — visite du site de l’Exposition universelle Osaka-Kansai 2025.',
  searchText: 'mission economique et institutionnelle des hauts-de-france au japon mission regionale au japon'
};
MERGE (n:Event {key: 'evt:hauts-de-france-mission-2025-expo-site-visit'})
SET n += {
  name: 'Visite du site de l’Exposition universelle Osaka-Kansai 2025 (délégation des Hauts-de-France)',
  kind: 'site_visit',
  startDate: date('2025-09-01'),
  datePrecision: 'month',
  searchText: "visite du site de l'exposition universelle osaka-kansai 2025 (delegation des hauts-de-france)"
};
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

// ======== Fact nodes
MERGE (n:Fact {key: 'fact:japanese-companies-in-hauts-de-france'})
SET n += {
  kind: 'investment',
  value: 80,
  unit: 'companies',
  qualifier: 'more_than',
  statement: 'Plus de 80 entreprises japonaises sont implantées en Hauts-de-France (automobile, santé, logistique, agroalimentaire).',
  searchText: 'plus de 80 entreprises japonaises sont implantees en hauts-de-france (automobile, sante, logistique, agroalimentaire).'
};
MERGE (n:Fact {key: 'fact:japanese-companies-jobs-in-hauts-de-france'})
SET n += {
  kind: 'employment',
  value: 10000,
  unit: 'jobs',
  qualifier: 'about',
  statement: 'Les entreprises japonaises implantées en Hauts-de-France représentent près de 10 000 emplois.',
  searchText: 'les entreprises japonaises implantees en hauts-de-france representent pres de 10 000 emplois.'
};

// ======== Citations: (node)-[:CITED_IN {quote}]->(source), one relationship per quoted sentence
MATCH (s:Source {key: 'src:003-f08af42fe33b2bd7'})
UNWIND [
  {key: 'org:region-hauts-de-france', quote: 'Objectif : renforcer encore les liens entre la Région et le Japon, autour d’une coopération fondée sur la confiance, l’innovation et l’amitié.'},
  {key: 'org:region-hauts-de-france', quote: 'Les Hauts-de-France y ont présenté leur ambition de devenir une vallée européenne de l’IA, portée par un écosystème d’innovation mêlant recherche, formation et industrie, et soutenue par des investissements dans les data centers et les start-up.'},
  {key: 'org:region-hauts-de-france', quote: 'Ce Club, c’est le lieu où l’on fait grandir une amitié économique durable, tournée vers l’avenir, les réussites communes et les emplois pour nos habitants. » - Xavier Bertrand, Président de la Région Hauts-de-France'},
  {key: 'org:meti', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'org:keidanren', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'org:toyota', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'org:yamaha', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'}
] AS row
MATCH (n:Organization {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:003-f08af42fe33b2bd7'})
UNWIND [
  {key: 'person:xavier-bertrand', quote: 'Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.'},
  {key: 'person:xavier-bertrand', quote: 'Ce Club, c’est le lieu où l’on fait grandir une amitié économique durable, tournée vers l’avenir, les réussites communes et les emplois pour nos habitants. » - Xavier Bertrand, Président de la Région Hauts-de-France'},
  {key: 'person:francois-decoster', quote: 'Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.'}
] AS row
MATCH (n:Person {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:003-f08af42fe33b2bd7'})
UNWIND [
  {key: 'place:opera-de-lille', quote: 'Le 4 novembre 2025, l’Opéra de Lille a accueilli la troisième édition du Club Japon des Hauts-de-France, un rendez-vous désormais incontournable du dialogue économique franco-japonais.'},
  {key: 'place:lille', quote: 'Le 4 novembre 2025, l’Opéra de Lille a accueilli la troisième édition du Club Japon des Hauts-de-France, un rendez-vous désormais incontournable du dialogue économique franco-japonais.'},
  {key: 'place:lille', quote: 'Le 4 novembre, élus, chefs d’entreprises, experts et représentants institutionnels se sont retrouvés à Lille pour une matinée de tables rondes riches et constructives.'},
  {key: 'place:hauts-de-france', quote: 'Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.'},
  {key: 'place:tokyo', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'place:osaka', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'place:nagoya', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'place:japan', quote: 'Objectif : renforcer encore les liens entre la Région et le Japon, autour d’une coopération fondée sur la confiance, l’innovation et l’amitié.'},
  {key: 'place:expo-2025-site', quote: 'Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.'}
] AS row
MATCH (n:Place {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:003-f08af42fe33b2bd7'})
UNWIND [
  {key: 'evt:club-japon-hauts-de-france-2025', quote: 'Le 4 novembre 2025, l’Opéra de Lille a accueilli la troisième édition du Club Japon des Hauts-de-France, un rendez-vous désormais incontournable du dialogue économique franco-japonais.'},
  {key: 'evt:club-japon-hauts-de-france-2025', quote: 'Cette troisième édition confirme la vocation du Club : un espace d’échanges et de coopération, où dirigeants, institutions et acteurs de l’innovation se rencontrent pour imaginer ensemble les partenariats de demain.'},
  {key: 'evt:club-japon-hauts-de-france-2025', quote: 'Le 4 novembre, élus, chefs d’entreprises, experts et représentants institutionnels se sont retrouvés à Lille pour une matinée de tables rondes riches et constructives.'},
  {key: 'evt:club-japon-2025-round-table-regulation', quote: 'La première, intitulée « La réglementation française est-elle trop rigide ? Déconstruire les peurs et maîtriser les clés de la réussite », a permis de mieux comprendre le climat des affaires en France : cadre juridique, fiscalité, droit du travail… autant de sujets souvent perçus comme complexes, mais porteurs de réelles opportunités pour les entreprises étrangères.'},
  {key: 'evt:club-japon-2025-round-table-ai', quote: 'La seconde table ronde, « L’intelligence artificielle comme levier de transformation de l’économie », a mis en lumière la façon dont l’IA révolutionne la productivité et l’innovation en France et au Japon.'},
  {key: 'evt:club-japon-2025-round-table-ai', quote: 'Les Hauts-de-France y ont présenté leur ambition de devenir une vallée européenne de l’IA, portée par un écosystème d’innovation mêlant recherche, formation et industrie, et soutenue par des investissements dans les data centers et les start-up.'},
  {key: 'evt:hauts-de-france-mission-japan-2025', quote: 'Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.'},
  {key: 'evt:hauts-de-france-mission-japan-2025', quote: 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.'},
  {key: 'evt:hauts-de-france-mission-2025-expo-site-visit', quote: 'Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.'},
  {key: 'evt:expo-2025-osaka', quote: 'Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.'}
] AS row
MATCH (n:Event {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:003-f08af42fe33b2bd7'})
UNWIND [
  {key: 'fact:japanese-companies-in-hauts-de-france', quote: 'Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.'},
  {key: 'fact:japanese-companies-jobs-in-hauts-de-france', quote: 'Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.'}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);

// ======== Relationships (sources/quotes: parallel lists, one entry per supporting sentence)
UNWIND [
  {fromKey: 'evt:club-japon-hauts-de-france-2025', toKey: 'place:opera-de-lille', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Le 4 novembre 2025, l’Opéra de Lille a accueilli la troisième édition du Club Japon des Hauts-de-France, un rendez-vous désormais incontournable du dialogue économique franco-japonais.']}},
  {fromKey: 'evt:hauts-de-france-mission-japan-2025', toKey: 'place:tokyo', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'evt:hauts-de-france-mission-japan-2025', toKey: 'place:osaka', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'evt:hauts-de-france-mission-japan-2025', toKey: 'place:nagoya', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'evt:hauts-de-france-mission-2025-expo-site-visit', toKey: 'place:expo-2025-site', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.']}},
  {fromKey: 'evt:expo-2025-osaka', toKey: 'place:expo-2025-site', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.']}},
  {fromKey: 'evt:expo-2025-osaka', toKey: 'place:osaka', props: {
    sources: ['src:000-eb87548844b58c42', 'src:003-f08af42fe33b2bd7', 'src:004-582de1b4eb09b674'],
    quotes: ['Trois missions économiques, un pavillon national innovant et des partenariats stratégiques : la présence luxembourgeoise à l’Exposition universelle d’Osaka a marqué un tournant dans les relations bilatérales avec le Japon.', 'Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.', 'Du 12 au 19 avril 2025, une délégation institutionnelle, économique et politique de la Région Bourgogne-Franche-Comté se rend au Japon pour participer à l’Exposition Universelle organisée à Osaka.']}},
  {fromKey: 'evt:club-japon-2025-round-table-regulation', toKey: 'place:lille', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Le 4 novembre, élus, chefs d’entreprises, experts et représentants institutionnels se sont retrouvés à Lille pour une matinée de tables rondes riches et constructives.']}},
  {fromKey: 'evt:club-japon-2025-round-table-ai', toKey: 'place:lille', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Le 4 novembre, élus, chefs d’entreprises, experts et représentants institutionnels se sont retrouvés à Lille pour une matinée de tables rondes riches et constructives.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'place:opera-de-lille', toKey: 'place:lille', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Le 4 novembre 2025, l’Opéra de Lille a accueilli la troisième édition du Club Japon des Hauts-de-France, un rendez-vous désormais incontournable du dialogue économique franco-japonais.']}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:region-hauts-de-france', toKey: 'evt:club-japon-hauts-de-france-2025', props: {
    role: 'organisateur',
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:003-f08af42fe33b2bd7', 'src:003-f08af42fe33b2bd7'],
    quotes: ['Avec le Club Japon, nous voulons écrire une nouvelle page de cette relation, bâtir de nouvelles coopérations industrielles et accompagner la transition énergétique.', 'Objectif : renforcer encore les liens entre la Région et le Japon, autour d’une coopération fondée sur la confiance, l’innovation et l’amitié.']}},
  {fromKey: 'org:region-hauts-de-france', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'mission régionale',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ORGANIZED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:club-japon-hauts-de-france-2025', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:FOLLOWS_UP]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:club-japon-hauts-de-france-2025', toKey: 'sector:artificial-intelligence', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges ont permis de valoriser les synergies existantes entre les écosystèmes français et japonais, tout en ouvrant de nouvelles perspectives de collaboration dans des domaines stratégiques : intelligence artificielle, transition énergétique, industrie du futur.']}},
  {fromKey: 'evt:club-japon-hauts-de-france-2025', toKey: 'sector:energy-transition', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges ont permis de valoriser les synergies existantes entre les écosystèmes français et japonais, tout en ouvrant de nouvelles perspectives de collaboration dans des domaines stratégiques : intelligence artificielle, transition énergétique, industrie du futur.']}},
  {fromKey: 'evt:club-japon-hauts-de-france-2025', toKey: 'sector:manufacturing', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges ont permis de valoriser les synergies existantes entre les écosystèmes français et japonais, tout en ouvrant de nouvelles perspectives de collaboration dans des domaines stratégiques : intelligence artificielle, transition énergétique, industrie du futur.']}},
  {fromKey: 'evt:club-japon-2025-round-table-ai', toKey: 'sector:artificial-intelligence', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['La seconde table ronde, « L’intelligence artificielle comme levier de transformation de l’économie », a mis en lumière la façon dont l’IA révolutionne la productivité et l’innovation en France et au Japon.']}},
  {fromKey: 'evt:hauts-de-france-mission-japan-2025', toKey: 'sector:manufacturing', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.']}},
  {fromKey: 'evt:hauts-de-france-mission-japan-2025', toKey: 'sector:energy-transition', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.']}},
  {fromKey: 'evt:hauts-de-france-mission-japan-2025', toKey: 'sector:digital-transformation', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:club-japon-2025-round-table-regulation', toKey: 'evt:club-japon-hauts-de-france-2025', props: {
    sources: ['src:003-f08af42fe33b2bd7', 'src:003-f08af42fe33b2bd7'],
    quotes: ['Le 4 novembre, élus, chefs d’entreprises, experts et représentants institutionnels se sont retrouvés à Lille pour une matinée de tables rondes riches et constructives.', 'La première, intitulée « La réglementation française est-elle trop rigide ? Déconstruire les peurs et maîtriser les clés de la réussite », a permis de mieux comprendre le climat des affaires en France : cadre juridique, fiscalité, droit du travail… autant de sujets souvent perçus comme complexes, mais porteurs de réelles opportunités pour les entreprises étrangères.']}},
  {fromKey: 'evt:club-japon-2025-round-table-ai', toKey: 'evt:club-japon-hauts-de-france-2025', props: {
    sources: ['src:003-f08af42fe33b2bd7', 'src:003-f08af42fe33b2bd7'],
    quotes: ['Le 4 novembre, élus, chefs d’entreprises, experts et représentants institutionnels se sont retrouvés à Lille pour une matinée de tables rondes riches et constructives.', 'La seconde table ronde, « L’intelligence artificielle comme levier de transformation de l’économie », a mis en lumière la façon dont l’IA révolutionne la productivité et l’innovation en France et au Japon.']}},
  {fromKey: 'evt:hauts-de-france-mission-2025-expo-site-visit', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ces échanges avaient permis d’aborder des sujets stratégiques : coopération industrielle et technologique, transition énergétique, innovation numérique, ainsi que la préparation de l’Exposition universelle Osaka-Kansai 2025, dont la délégation avait visité le site.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:xavier-bertrand', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'chef de délégation (président de Région)',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.']}},
  {fromKey: 'person:francois-decoster', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'chef de délégation (vice-président en charge des relations internationales)',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:meti', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'rencontré par la délégation',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:keidanren', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'rencontré par la délégation',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:toyota', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'rencontré par la délégation',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:yamaha', toKey: 'evt:hauts-de-france-mission-japan-2025', props: {
    role: 'rencontré par la délégation',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:xavier-bertrand', toKey: 'org:region-hauts-de-france', props: {
    title: 'président de Région',
    asOf: date('2025-11-04'),
    asOfPrecision: 'day',
    sources: ['src:003-f08af42fe33b2bd7', 'src:003-f08af42fe33b2bd7'],
    quotes: ['Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.', 'Ce Club, c’est le lieu où l’on fait grandir une amitié économique durable, tournée vers l’avenir, les réussites communes et les emplois pour nos habitants. » - Xavier Bertrand, Président de la Région Hauts-de-France']}},
  {fromKey: 'person:francois-decoster', toKey: 'org:region-hauts-de-france', props: {
    title: 'vice-président en charge des relations internationales',
    asOf: date('2025-11-04'),
    asOfPrecision: 'day',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ce rendez-vous s’inscrit dans la continuité de la mission économique et institutionnelle menée au Japon en septembre 2025 par Xavier Bertrand, président de Région, et François Decoster, vice-président en charge des relations internationales.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:region-hauts-de-france', toKey: 'place:hauts-de-france', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Ce Club, c’est le lieu où l’on fait grandir une amitié économique durable, tournée vers l’avenir, les réussites communes et les emplois pour nos habitants. » - Xavier Bertrand, Président de la Région Hauts-de-France']}},
  {fromKey: 'org:meti', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9', 'src:003-f08af42fe33b2bd7'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.', 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:keidanren', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9', 'src:003-f08af42fe33b2bd7'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.', 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:toyota', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:yamaha', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:japanese-companies-in-hauts-de-france', toKey: 'place:hauts-de-france', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-in-hauts-de-france', toKey: 'place:japan', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-jobs-in-hauts-de-france', toKey: 'place:hauts-de-france', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-jobs-in-hauts-de-france', toKey: 'place:japan', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:japanese-companies-in-hauts-de-france', toKey: 'sector:automotive', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-in-hauts-de-france', toKey: 'sector:health', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-in-hauts-de-france', toKey: 'sector:logistics', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-in-hauts-de-france', toKey: 'sector:agrifood', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-jobs-in-hauts-de-france', toKey: 'sector:automotive', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-jobs-in-hauts-de-france', toKey: 'sector:health', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-jobs-in-hauts-de-france', toKey: 'sector:logistics', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}},
  {fromKey: 'fact:japanese-companies-jobs-in-hauts-de-france', toKey: 'sector:agrifood', props: {
    sources: ['src:003-f08af42fe33b2bd7'],
    quotes: ['Avec plus de 80 entreprises japonaises implantées en Hauts-de-France, représentant près de 10 000 emplois dans des secteurs clés comme l’automobile, la santé, la logistique ou encore l’agroalimentaire, le Club Japon incarne le dynamisme économique et l’attractivité du territoire.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
