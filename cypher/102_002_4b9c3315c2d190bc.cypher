// 102_002_4b9c3315c2d190bc.cypher — facts from 002_4b9c3315c2d190bc.txt (src:002-4b9c3315c2d190bc):
// AWEX — mission conjointe Awex–WBI au Japon (« mission à 360° »), concerts de l’OPRL, MoU de l’ULB.
// Requires 000_schema.cypher and 010_reference.cypher. Runs as one transaction, idempotent (MERGE on keys,
// full property sets). Entities shared with other articles carry the same key and the same properties in every
// script, a relationship asserted by several articles carries the union of their sources/quotes in each.

// ======== Organization nodes
MERGE (n:Organization {key: 'org:awex'})
SET n += {
  name: 'Agence wallonne à l’Exportation et aux Investissements étrangers',
  kind: 'government_agency',
  aliases: ['AWEX', 'Wallonia Export & Investment Agency'],
  description: 'Agence wallonne pour l’exportation et les investissements étrangers.',
  searchText: "agence wallonne a l'exportation et aux investissements etrangers awex wallonia export & investment agency"
};
MERGE (n:Organization {key: 'org:wbi'})
SET n += {
  name: 'Wallonie-Bruxelles International',
  kind: 'government_agency',
  aliases: ['WBI'],
  description: 'Agence des relations internationales de Wallonie-Bruxelles.',
  searchText: 'wallonie-bruxelles international wbi'
};
MERGE (n:Organization {key: 'org:awex-wbi-japan'})
SET n += {
  name: 'Bureau Awex-WBI au Japon',
  kind: 'trade_office',
  aliases: ['Awex-WBI Tokyo', 'équipes AWEX et WBI de Tokyo', 'bureau Awex-WBI'],
  searchText: 'bureau awex-wbi au japon awex-wbi tokyo equipes awex et wbi de tokyo bureau awex-wbi'
};
// The article also writes "Orchestre Philarmonique Royal de Wallonie" (sic) for the same orchestra: kept as an alias.
MERGE (n:Organization {key: 'org:oprl'})
SET n += {
  name: 'Orchestre Philharmonique Royal de Liège',
  kind: 'orchestra',
  aliases: ['OPRL', 'Orchestre Philarmonique Royal de Wallonie', 'Liège Royal Philharmonic'],
  searchText: 'orchestre philharmonique royal de liege oprl orchestre philarmonique royal de wallonie liege royal philharmonic'
};
MERGE (n:Organization {key: 'org:ulb'})
SET n += {
  name: 'Université libre de Bruxelles',
  kind: 'university',
  aliases: ['ULB', 'Free University of Brussels'],
  searchText: 'universite libre de bruxelles ulb free university of brussels'
};
MERGE (n:Organization {key: 'org:nagakute-city'})
SET n += {
  name: 'Ville de Nagakute',
  nameJa: '長久手市',
  kind: 'city_authority',
  aliases: ['Nagakute City'],
  searchText: 'ville de nagakute nagakute city 長久手市'
};
MERGE (n:Organization {key: 'org:aichi-prefecture'})
SET n += {
  name: 'Préfecture d’Aichi',
  nameJa: '愛知県',
  kind: 'regional_authority',
  aliases: ['province de Aichi', 'Aichi Prefectural Government'],
  searchText: "prefecture d'aichi province de aichi aichi prefectural government 愛知県"
};
MERGE (n:Organization {key: 'org:depthen'})
SET n += {
  name: 'Depthen',
  kind: 'company',
  description: 'Entreprise wallonne de l’audio-visuel.',
  searchText: 'depthen'
};
MERGE (n:Organization {key: 'org:evs-broadcasting'})
SET n += {
  name: 'EVS Broadcasting',
  kind: 'company',
  aliases: ['EVS'],
  description: 'Entreprise wallonne de l’audio-visuel.',
  searchText: 'evs broadcasting evs'
};
MERGE (n:Organization {key: 'org:intopix'})
SET n += {
  name: 'Intopix',
  kind: 'company',
  aliases: ['intoPIX'],
  description: 'Entreprise wallonne de l’audio-visuel.',
  searchText: 'intopix'
};
MERGE (n:Organization {key: 'org:agc-glass-europe'})
SET n += {
  name: 'AGC Glass Europe',
  kind: 'company',
  searchText: 'agc glass europe'
};

// ======== Person nodes
MERGE (n:Person {key: 'person:pascale-delcomminette'})
SET n += {
  name: 'Pascale Delcomminette',
  searchText: 'pascale delcomminette'
};

// ======== Event nodes
// The article gives no date for this mission: no startDate (dateNote states what the text allows).
MERGE (n:Event {key: 'evt:awex-wbi-mission-japan'})
SET n += {
  name: 'Mission conjointe Awex–WBI au Japon (« mission à 360° »)',
  kind: 'trade_mission',
  aliases: ['mission à 360°', 'mission Awex-WBI Japon'],
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  description: 'Mission économique, culturelle et académique organisée à l’occasion du premier concert de l’Orchestre Philharmonique Royal de Liège au Japon — accent sectoriel sur l’automobile et l’audio-visuel (JO de Tokyo 2020).',
  searchText: 'mission conjointe awex-wbi au japon ( mission a 360° ) mission a 360° mission awex-wbi japon'
};
MERGE (n:Event {key: 'evt:oprl-concerts-japan'})
SET n += {
  name: 'Concerts de l’Orchestre Philharmonique Royal de Liège au Japon',
  kind: 'concert',
  firstInJapan: true,
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: "concerts de l'orchestre philharmonique royal de liege au japon"
};
MERGE (n:Event {key: 'evt:awex-wbi-mission-meeting-nagakute'})
SET n += {
  name: 'Rencontre avec le maire de Nagakute',
  kind: 'official_meeting',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: 'rencontre avec le maire de nagakute'
};
MERGE (n:Event {key: 'evt:awex-wbi-mission-meeting-aichi'})
SET n += {
  name: 'Rencontre avec le gouverneur de la préfecture d’Aichi',
  kind: 'official_meeting',
  aliases: ['rencontre avec le gouverneur de la province de Aichi'],
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: "rencontre avec le gouverneur de la prefecture d'aichi rencontre avec le gouverneur de la province de aichi"
};
MERGE (n:Event {key: 'evt:awex-wbi-mission-conference-digital-transformation'})
SET n += {
  name: 'Conférence sur la transformation digitale',
  kind: 'conference',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: 'conference sur la transformation digitale'
};
MERGE (n:Event {key: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual'})
SET n += {
  name: 'Conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel',
  kind: 'conference',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: "conference sur l'impact de l'evolution numerique dans l'industrie manufacturiere et l'audio-visuel"
};
MERGE (n:Event {key: 'evt:awex-wbi-mission-company-visits'})
SET n += {
  name: 'Visites d’entreprises (mission Awex–WBI)',
  kind: 'company_visit',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: "visites d'entreprises (mission awex-wbi)"
};
MERGE (n:Event {key: 'evt:awex-wbi-mission-ulb-mou-signings'})
SET n += {
  name: 'Signatures de deux MoU entre l’ULB et des universités japonaises',
  kind: 'signing_ceremony',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: "signatures de deux mou entre l'ulb et des universites japonaises"
};
MERGE (n:Event {key: 'evt:awex-wbi-paralympic-exhibition-opening'})
SET n += {
  name: 'Vernissage d’une exposition rendant hommage aux athlètes paralympiques',
  kind: 'exhibition_opening',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  searchText: "vernissage d'une exposition rendant hommage aux athletes paralympiques"
};
MERGE (n:Event {key: 'evt:belgium-japan-state-visit-2016'})
SET n += {
  name: 'Visite d’État (150 ans des relations diplomatiques Belgique–Japon)',
  kind: 'state_visit',
  startDate: date('2016-01-01'),
  datePrecision: 'year',
  dateNote: 'Année des 150 ans des relations diplomatiques Belgique–Japon (2016) — jour, mois, lieu et sens de la visite non donnés.',
  description: 'Visite d’état par laquelle la Belgique et le Japon ont notamment fêté en 2016 les 150 ans de leurs relations diplomatiques — signature de l’accord de principe pour les chambres anéchoïques d’AGC Glass Europe à Gosselies.',
  searchText: "visite d'etat (150 ans des relations diplomatiques belgique-japon)"
};

// ======== Agreement nodes
// The Japanese universities are not named: no Organization node is invented for them (see counterpartyNote).
MERGE (n:Agreement {key: 'agr:ulb-japanese-university-mou-1'})
SET n += {
  title: 'MoU entre l’ULB et une université japonaise (1/2)',
  kind: 'mou',
  aliases: ['MoU ULB'],
  status: 'signed',
  counterpartyNote: 'L’université japonaise signataire n’est pas nommée dans la source.',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  summary: 'L’un des deux protocoles d’accord (MoU) signés entre l’Université libre de Bruxelles et des universités japonaises pendant la mission conjointe Awex–WBI au Japon.',
  searchText: "mou entre l'ulb et une universite japonaise (1/2) mou ulb"
};
MERGE (n:Agreement {key: 'agr:ulb-japanese-university-mou-2'})
SET n += {
  title: 'MoU entre l’ULB et une université japonaise (2/2)',
  kind: 'mou',
  aliases: ['MoU ULB'],
  status: 'signed',
  counterpartyNote: 'L’université japonaise signataire n’est pas nommée dans la source.',
  dateNote: 'Non datée dans la source — antérieure aux JO de Tokyo 2020 (« auront lieu en 2020 »).',
  summary: 'L’un des deux protocoles d’accord (MoU) signés entre l’Université libre de Bruxelles et des universités japonaises pendant la mission conjointe Awex–WBI au Japon.',
  searchText: "mou entre l'ulb et une universite japonaise (2/2) mou ulb"
};
// The article names only the company concerned: who signed with it is not said, no party is invented (counterpartyNote).
MERGE (n:Agreement {key: 'agr:agc-glass-europe-anechoic-chambers-2016'})
SET n += {
  title: 'Accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies',
  kind: 'agreement_in_principle',
  status: 'signed',
  signedDate: date('2016-01-01'),
  signedDatePrecision: 'year',
  dateText: 'en 2016, lors d’une visite d’état',
  dateNote: 'Année donnée par la source (visite d’état de l’année des 150 ans des relations Belgique–Japon, 2016) — jour et mois non donnés.',
  counterpartyNote: 'La source ne nomme que l’entreprise concernée, AGC Glass Europe — l’autre partie à l’accord de principe, signé lors d’une visite d’état en 2016, n’est pas nommée.',
  summary: 'Accord de principe signé lors de la visite d’État de 2016 (150 ans des relations diplomatiques Belgique–Japon) pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies.',
  searchText: "accord de principe pour la construction des chambres anechoiques d'agc glass europe a gosselies"
};

// ======== Fact nodes
MERGE (n:Fact {key: 'fact:wallonia-exports-to-japan'})
SET n += {
  kind: 'trade',
  value: 250000000,
  unit: 'EUR',
  qualifier: 'average',
  period: 'moyenne des dernières années',
  statement: 'Exportations wallonnes vers le Japon : 250 M€ en moyenne sur les dernières années.',
  searchText: 'exportations wallonnes vers le japon : 250 m€ en moyenne sur les dernieres annees.'
};
MERGE (n:Fact {key: 'fact:wallonia-imports-from-japan'})
SET n += {
  kind: 'trade',
  value: 215000000,
  unit: 'EUR',
  period: 'dernières années',
  statement: 'Importations wallonnes en provenance du Japon : 215 M€ — la balance commerciale wallonne avec le Japon est positive.',
  searchText: 'importations wallonnes en provenance du japon : 215 m€ - la balance commerciale wallonne avec le japon est positive.'
};
MERGE (n:Fact {key: 'fact:japan-second-asian-client-wallonia'})
SET n += {
  kind: 'ranking',
  value: 2,
  unit: 'rank',
  statement: 'Le Japon est le 2e client asiatique de la Wallonie, après la Chine.',
  searchText: 'le japon est le 2e client asiatique de la wallonie, apres la chine.'
};
MERGE (n:Fact {key: 'fact:wallonia-companies-active-in-japan'})
SET n += {
  kind: 'market_presence',
  statement: 'Les entreprises wallonnes de l’agroalimentaire et des sciences du vivant sont probablement les plus nombreuses à être actives sur le marché japonais.',
  searchText: "les entreprises wallonnes de l'agroalimentaire et des sciences du vivant sont probablement les plus nombreuses a etre actives sur le marche japonais."
};
MERGE (n:Fact {key: 'fact:japanese-investment-in-wallonia'})
SET n += {
  kind: 'investment',
  statement: 'La Wallonie a attiré de nombreux investissements japonais ces dernières années (prises de participation partielles ou entières), principalement dans les sciences du vivant et les nouveaux matériaux.',
  searchText: 'la wallonie a attire de nombreux investissements japonais ces dernieres annees (prises de participation partielles ou entieres), principalement dans les sciences du vivant et les nouveaux materiaux.'
};

// ======== Citations: (node)-[:CITED_IN {quote}]->(source), one relationship per quoted sentence
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'org:awex', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'},
  {key: 'org:awex', quote: 'Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.'},
  {key: 'org:wbi', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'},
  {key: 'org:wbi', quote: 'Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.'},
  {key: 'org:awex-wbi-japan', quote: 'Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.'},
  {key: 'org:awex-wbi-japan', quote: 'le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon'},
  {key: 'org:oprl', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'},
  {key: 'org:oprl', quote: 'des concerts de l’Orchestre Philarmonique Royal de Wallonie'},
  {key: 'org:ulb', quote: 'deux signatures de MoU entre l’ULB et des universités japonaises'},
  {key: 'org:nagakute-city', quote: 'une rencontre avec le maire de Nagakute (jumelée avec Waterloo)'},
  {key: 'org:aichi-prefecture', quote: 'une rencontre avec le gouverneur de la province de Aichi'},
  {key: 'org:depthen', quote: 'Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.'},
  {key: 'org:evs-broadcasting', quote: 'Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.'},
  {key: 'org:intopix', quote: 'Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.'},
  {key: 'org:agc-glass-europe', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."}
] AS row
MATCH (n:Organization {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'person:pascale-delcomminette', quote: 'Pascale Delcomminette - Administratrice Générale, Awex-WBI'}
] AS row
MATCH (n:Person {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'place:wallonia', quote: 'Une véritable « mission à 360° » afin de booster l’image de la Wallonie sur place.'},
  {key: 'place:japan', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'},
  {key: 'place:belgium', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."},
  {key: 'place:nagakute', quote: 'une rencontre avec le maire de Nagakute (jumelée avec Waterloo)'},
  {key: 'place:waterloo', quote: 'une rencontre avec le maire de Nagakute (jumelée avec Waterloo)'},
  {key: 'place:aichi', quote: 'une rencontre avec le gouverneur de la province de Aichi'},
  {key: 'place:tokyo', quote: 'Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.'},
  {key: 'place:gosselies', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."},
  {key: 'place:china', quote: 'Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.'},
  {key: 'place:liege', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'}
] AS row
MATCH (n:Place {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'evt:awex-wbi-mission-japan', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'},
  {key: 'evt:awex-wbi-mission-japan', quote: 'Une véritable « mission à 360° » afin de booster l’image de la Wallonie sur place.'},
  {key: 'evt:awex-wbi-mission-japan', quote: 'Il ne s’agissait pas seulement d’une mission économique : les aspects culturels et académiques faisaient également partie de son ADN.'},
  {key: 'evt:awex-wbi-mission-japan', quote: 'Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.'},
  {key: 'evt:oprl-concerts-japan', quote: 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.'},
  {key: 'evt:oprl-concerts-japan', quote: 'des concerts de l’Orchestre Philarmonique Royal de Wallonie'},
  {key: 'evt:awex-wbi-mission-meeting-nagakute', quote: 'une rencontre avec le maire de Nagakute (jumelée avec Waterloo)'},
  {key: 'evt:awex-wbi-mission-meeting-aichi', quote: 'une rencontre avec le gouverneur de la province de Aichi'},
  {key: 'evt:awex-wbi-mission-conference-digital-transformation', quote: 'une conférence sur la transformation digitale'},
  {key: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual', quote: 'une conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel'},
  {key: 'evt:awex-wbi-mission-company-visits', quote: 'plusieurs visites d’entreprises'},
  {key: 'evt:awex-wbi-mission-ulb-mou-signings', quote: 'deux signatures de MoU entre l’ULB et des universités japonaises'},
  {key: 'evt:awex-wbi-paralympic-exhibition-opening', quote: 'le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon'},
  {key: 'evt:belgium-japan-state-visit-2016', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."}
] AS row
MATCH (n:Event {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'agr:ulb-japanese-university-mou-1', quote: 'deux signatures de MoU entre l’ULB et des universités japonaises'},
  {key: 'agr:ulb-japanese-university-mou-2', quote: 'deux signatures de MoU entre l’ULB et des universités japonaises'},
  {key: 'agr:agc-glass-europe-anechoic-chambers-2016', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."}
] AS row
MATCH (n:Agreement {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);

// ======== Agreement lifecycle: the state each cited sentence states (status), with the date it gives for it at its
// precision (since + sincePrecision, how it was dated in sinceBasis) or, for a state it only observes, the date of the
// observation (asOf + asOfPrecision). No date where the article gives none.
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'agr:ulb-japanese-university-mou-1', quote: 'deux signatures de MoU entre l’ULB et des universités japonaises', state: {status: 'signed'}},
  {key: 'agr:ulb-japanese-university-mou-2', quote: 'deux signatures de MoU entre l’ULB et des universités japonaises', state: {status: 'signed'}},
  {key: 'agr:agc-glass-europe-anechoic-chambers-2016', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé.",
    state: {status: 'signed', since: date('2016-01-01'), sincePrecision: 'year', sinceBasis: 'Année donnée par la source (visite d’état de l’année des 150 ans des relations Belgique–Japon, 2016) — jour et mois non donnés.'}}
] AS row
MATCH (n:Agreement {key: row.key})
MERGE (n)-[c:CITED_IN {quote: row.quote}]->(s)
SET c += row.state;
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'fact:wallonia-exports-to-japan', quote: 'Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.'},
  {key: 'fact:wallonia-imports-from-japan', quote: 'Notre balance commerciale est même positive, contrairement à certains préjugés (215M€ d’importations).'},
  {key: 'fact:japan-second-asian-client-wallonia', quote: 'Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.'},
  {key: 'fact:wallonia-companies-active-in-japan', quote: 'Les entreprises wallonnes de l’agroalimentaire et des sciences du vivant sont probablement les plus nombreuses à être actives sur le marché nippon.'},
  {key: 'fact:japanese-investment-in-wallonia', quote: 'Dans l’autre sens, la Wallonie a attiré de nombreux investissements japonais ces dernières années, sous forme de prise de participations partielle ou entière principalement dans le domaine des sciences du vivant, et des nouveaux matériaux.'}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);

// ======== Relationships (sources/quotes: parallel lists, one entry per supporting sentence)
UNWIND [
  {fromKey: 'org:awex', toKey: 'evt:awex-wbi-mission-japan', props: {
    role: 'co-organisateur',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'org:wbi', toKey: 'evt:awex-wbi-mission-japan', props: {
    role: 'co-organisateur',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'org:awex-wbi-japan', toKey: 'evt:awex-wbi-mission-japan', props: {
    role: 'équipes sur place (Tokyo)',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.']}},
  {fromKey: 'org:awex-wbi-japan', toKey: 'evt:awex-wbi-paralympic-exhibition-opening', props: {
    role: 'initiateur de l’exposition',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ORGANIZED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:awex-wbi-mission-japan', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:oprl-concerts-japan', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-meeting-nagakute', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le maire de Nagakute (jumelée avec Waterloo)', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-meeting-aichi', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le gouverneur de la province de Aichi', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-transformation', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur la transformation digitale', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-company-visits', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['plusieurs visites d’entreprises', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-ulb-mou-signings', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-paralympic-exhibition-opening', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon', 'L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:awex-wbi-mission-japan', toKey: 'sector:automotive', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'evt:awex-wbi-mission-japan', toKey: 'sector:audiovisual', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'evt:awex-wbi-mission-japan', toKey: 'sector:culture', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Il ne s’agissait pas seulement d’une mission économique : les aspects culturels et académiques faisaient également partie de son ADN.']}},
  {fromKey: 'evt:awex-wbi-mission-japan', toKey: 'sector:higher-education-research', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Il ne s’agissait pas seulement d’une mission économique : les aspects culturels et académiques faisaient également partie de son ADN.']}},
  {fromKey: 'evt:oprl-concerts-japan', toKey: 'sector:culture', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-transformation', toKey: 'sector:digital-transformation', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur la transformation digitale']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual', toKey: 'sector:manufacturing', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual', toKey: 'sector:audiovisual', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual', toKey: 'sector:digital-transformation', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
// Items of the mission programme. Quotes are the verbatim clauses of the single long programme sentence.
UNWIND [
  {fromKey: 'evt:oprl-concerts-japan', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['des concerts de l’Orchestre Philarmonique Royal de Wallonie']}},
  {fromKey: 'evt:awex-wbi-mission-meeting-nagakute', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le maire de Nagakute (jumelée avec Waterloo)']}},
  {fromKey: 'evt:awex-wbi-mission-meeting-aichi', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le gouverneur de la province de Aichi']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-transformation', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur la transformation digitale']}},
  {fromKey: 'evt:awex-wbi-mission-conference-digital-manufacturing-audiovisual', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une conférence sur l’impact de l’évolution numérique dans l’industrie manufacturière et l’audio-visuel']}},
  {fromKey: 'evt:awex-wbi-mission-company-visits', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['plusieurs visites d’entreprises']}},
  {fromKey: 'evt:awex-wbi-mission-ulb-mou-signings', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'evt:awex-wbi-paralympic-exhibition-opening', toKey: 'evt:awex-wbi-mission-japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
// Depthen, EVS Broadcasting and Intopix: the Walloon audio-visual companies the sectoral focus was meant to showcase.
UNWIND [
  {fromKey: 'org:oprl', toKey: 'evt:oprl-concerts-japan', props: {
    role: 'orchestre',
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.', 'des concerts de l’Orchestre Philarmonique Royal de Wallonie']}},
  {fromKey: 'org:nagakute-city', toKey: 'evt:awex-wbi-mission-meeting-nagakute', props: {
    role: 'maire',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le maire de Nagakute (jumelée avec Waterloo)']}},
  {fromKey: 'org:aichi-prefecture', toKey: 'evt:awex-wbi-mission-meeting-aichi', props: {
    role: 'gouverneur',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le gouverneur de la province de Aichi']}},
  {fromKey: 'org:ulb', toKey: 'evt:awex-wbi-mission-ulb-mou-signings', props: {
    role: 'signataire',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'org:depthen', toKey: 'evt:awex-wbi-mission-japan', props: {
    role: 'entreprise wallonne mise en avant (audio-visuel)',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:evs-broadcasting', toKey: 'evt:awex-wbi-mission-japan', props: {
    role: 'entreprise wallonne mise en avant (audio-visuel)',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:intopix', toKey: 'evt:awex-wbi-mission-japan', props: {
    role: 'entreprise wallonne mise en avant (audio-visuel)',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:ulb', toKey: 'agr:ulb-japanese-university-mou-1', props: {
    role: 'signataire',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'org:ulb', toKey: 'agr:ulb-japanese-university-mou-2', props: {
    role: 'signataire',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'org:agc-glass-europe', toKey: 'agr:agc-glass-europe-anechoic-chambers-2016', props: {
    role: 'entreprise concernée',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Agreement {key: row.toKey})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'agr:ulb-japanese-university-mou-1', toKey: 'evt:awex-wbi-mission-ulb-mou-signings', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'agr:ulb-japanese-university-mou-2', toKey: 'evt:awex-wbi-mission-ulb-mou-signings', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'agr:agc-glass-europe-anechoic-chambers-2016', toKey: 'evt:belgium-japan-state-visit-2016', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'agr:ulb-japanese-university-mou-1', toKey: 'sector:higher-education-research', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'agr:ulb-japanese-university-mou-2', toKey: 'sector:higher-education-research', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:depthen', toKey: 'sector:audiovisual', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:evs-broadcasting', toKey: 'sector:audiovisual', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:intopix', toKey: 'sector:audiovisual', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:depthen', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:evs-broadcasting', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:intopix', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Au niveau sectoriel, l’accent a été mis sur le secteur automobile mais aussi sur l’audio-visuel car les JO de Tokyo auront lieu en 2020 : l’occasion pour les entreprises wallonnes comme Depthen, EVS Broadcasting ou encore Intopix de faire connaître leur savoir-faire.']}},
  {fromKey: 'org:awex-wbi-japan', toKey: 'place:tokyo', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.']}},
  {fromKey: 'org:awex', toKey: 'place:wallonia', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Une véritable « mission à 360° » afin de booster l’image de la Wallonie sur place.']}},
  {fromKey: 'org:wbi', toKey: 'place:belgium', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Une véritable « mission à 360° » afin de booster l’image de la Wallonie sur place.']}},
  {fromKey: 'org:oprl', toKey: 'place:liege', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['L’Awex et WBI ont organisé une mission conjointe à l’occasion du premier concert donné par l’Orchestre Philharmonique Royal de Liège au Japon.']}},
  {fromKey: 'org:ulb', toKey: 'place:brussels', props: {
    basis: 'common_knowledge', inferred: true, inferenceNote: 'Connaissance commune : l’article ne le dit pas.',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['deux signatures de MoU entre l’ULB et des universités japonaises']}},
  {fromKey: 'org:nagakute-city', toKey: 'place:nagakute', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le maire de Nagakute (jumelée avec Waterloo)']}},
  {fromKey: 'org:aichi-prefecture', toKey: 'place:aichi', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le gouverneur de la province de Aichi']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:awex-wbi-japan', toKey: 'org:awex', props: {
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.', 'le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon']}},
  {fromKey: 'org:awex-wbi-japan', toKey: 'org:wbi', props: {
    sources: ['src:002-4b9c3315c2d190bc', 'src:002-4b9c3315c2d190bc'],
    quotes: ['Nos équipes AWEX et WBI de Tokyo ont été merveilleusement performantes et ont relevé ce défi de "plusieurs missions en une" avec brio.', 'le vernissage d’une exposition rendant hommage aux athlètes paralympiques initiée par le bureau Awex-WBI au Japon']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:pascale-delcomminette', toKey: 'org:awex', props: {
    title: 'Administratrice Générale',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Pascale Delcomminette - Administratrice Générale, Awex-WBI']}},
  {fromKey: 'person:pascale-delcomminette', toKey: 'org:wbi', props: {
    title: 'Administratrice Générale',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Pascale Delcomminette - Administratrice Générale, Awex-WBI']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;
// Twinning is symmetric, it is stored once, in the direction the article states it (Nagakute "jumelée avec" Waterloo).
UNWIND [
  {fromKey: 'place:nagakute', toKey: 'place:waterloo', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['une rencontre avec le maire de Nagakute (jumelée avec Waterloo)']}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:TWINNED_WITH]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'place:belgium', toKey: 'place:japan', props: {
    since: date('1866-01-01'),
    sincePrecision: 'year',
    sinceBasis: '150 ans des relations diplomatiques fêtés en 2016',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}}
] AS row
MATCH (a:Place {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:DIPLOMATIC_RELATIONS]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'agr:agc-glass-europe-anechoic-chambers-2016', toKey: 'place:gosselies', props: {
    role: 'site des chambres anéchoïques',
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:wallonia-exports-to-japan', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.']}},
  {fromKey: 'fact:wallonia-imports-from-japan', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Notre balance commerciale est même positive, contrairement à certains préjugés (215M€ d’importations).']}},
  {fromKey: 'fact:japan-second-asian-client-wallonia', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.']}},
  {fromKey: 'fact:wallonia-companies-active-in-japan', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Les entreprises wallonnes de l’agroalimentaire et des sciences du vivant sont probablement les plus nombreuses à être actives sur le marché nippon.']}},
  {fromKey: 'fact:japanese-investment-in-wallonia', toKey: 'place:wallonia', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Dans l’autre sens, la Wallonie a attiré de nombreux investissements japonais ces dernières années, sous forme de prise de participations partielle ou entière principalement dans le domaine des sciences du vivant, et des nouveaux matériaux.']}},
  {fromKey: 'fact:wallonia-exports-to-japan', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.']}},
  {fromKey: 'fact:wallonia-imports-from-japan', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Notre balance commerciale est même positive, contrairement à certains préjugés (215M€ d’importations).']}},
  {fromKey: 'fact:japan-second-asian-client-wallonia', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.']}},
  {fromKey: 'fact:wallonia-companies-active-in-japan', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Les entreprises wallonnes de l’agroalimentaire et des sciences du vivant sont probablement les plus nombreuses à être actives sur le marché nippon.']}},
  {fromKey: 'fact:japanese-investment-in-wallonia', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Dans l’autre sens, la Wallonie a attiré de nombreux investissements japonais ces dernières années, sous forme de prise de participations partielle ou entière principalement dans le domaine des sciences du vivant, et des nouveaux matériaux.']}},
  {fromKey: 'fact:japan-second-asian-client-wallonia', toKey: 'place:china', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Le Japon est le 2e client asiatique de la Wallonie après la Chine : 250M€ d’exportations en moyenne sur les dernières années.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:wallonia-companies-active-in-japan', toKey: 'sector:agrifood', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Les entreprises wallonnes de l’agroalimentaire et des sciences du vivant sont probablement les plus nombreuses à être actives sur le marché nippon.']}},
  {fromKey: 'fact:wallonia-companies-active-in-japan', toKey: 'sector:life-sciences', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Les entreprises wallonnes de l’agroalimentaire et des sciences du vivant sont probablement les plus nombreuses à être actives sur le marché nippon.']}},
  {fromKey: 'fact:japanese-investment-in-wallonia', toKey: 'sector:life-sciences', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Dans l’autre sens, la Wallonie a attiré de nombreux investissements japonais ces dernières années, sous forme de prise de participations partielle ou entière principalement dans le domaine des sciences du vivant, et des nouveaux matériaux.']}},
  {fromKey: 'fact:japanese-investment-in-wallonia', toKey: 'sector:new-materials', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ['Dans l’autre sens, la Wallonie a attiré de nombreux investissements japonais ces dernières années, sous forme de prise de participations partielle ou entière principalement dans le domaine des sciences du vivant, et des nouveaux matériaux.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;

// ======== Figures as data: every figure of the article a reader would cite, as a Fact (value, unit, qualifier,
// year or period, statement) ABOUT the entities it describes and cited with its sentence (README.md, "Figures").
// A figure stated by two articles has the same full property set in both scripts, and its ABOUT relationships the
// union of their sources and quotes.
MERGE (n:Fact {key: 'fact:be-jp-relations-150-years-2016'})
SET n += {
  kind: 'relations',
  value: 150,
  unit: 'years',
  year: 2016,
  period: '1866–2016',
  statement: 'La Belgique et le Japon ont fêté en 2016 les 150 ans de leurs relations diplomatiques (établies en 1866).',
  searchText: 'la belgique et le japon ont fete en 2016 les 150 ans de leurs relations diplomatiques (etablies en 1866).'
};
MATCH (s:Source {key: 'src:002-4b9c3315c2d190bc'})
UNWIND [
  {key: 'fact:be-jp-relations-150-years-2016', quote: "Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
UNWIND [
  {fromKey: 'fact:be-jp-relations-150-years-2016', toKey: 'evt:belgium-japan-state-visit-2016', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:be-jp-relations-150-years-2016', toKey: 'place:belgium', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}},
  {fromKey: 'fact:be-jp-relations-150-years-2016', toKey: 'place:japan', props: {
    sources: ['src:002-4b9c3315c2d190bc'],
    quotes: ["Notons au passage que la Belgique et le Japon ont fêté les 150 ans de leurs relations diplomatiques en 2016, notamment par une visite d’état durant laquelle l'accord de principe pour la construction des chambres anéchoïques d’AGC Glass Europe à Gosselies avait été signé."]}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
