// 101_001_20df84f1ae021dc9.cypher — facts from 001_20df84f1ae021dc9.txt (src:001-20df84f1ae021dc9):
// « Une visite au Japon fructueuse » — mission économique luxembourgeoise au Japon, juin 2024 (JAXA, LSA, LuxProvide).
// Requires 000_schema.cypher and 010_reference.cypher. Runs as one transaction, idempotent (MERGE on keys,
// full property sets). Entities shared with other articles carry the same key and the same properties in every
// script, a relationship asserted by several articles carries the union of their sources/quotes in each.

// ======== Organization nodes
MERGE (n:Organization {key: 'org:jaxa'})
SET n += {
  name: 'Japan Aerospace Exploration Agency',
  nameJa: '宇宙航空研究開発機構',
  kind: 'government_agency',
  aliases: ['JAXA', 'agence spatiale japonaise'],
  description: 'Agence spatiale japonaise.',
  searchText: 'japan aerospace exploration agency jaxa agence spatiale japonaise 宇宙航空研究開発機構'
};
MERGE (n:Organization {key: 'org:luxembourg-space-agency'})
SET n += {
  name: 'Luxembourg Space Agency',
  kind: 'government_agency',
  aliases: ['LSA', 'Agence spatiale luxembourgeoise'],
  description: 'Agence spatiale du Luxembourg.',
  searchText: 'luxembourg space agency lsa agence spatiale luxembourgeoise'
};
MERGE (n:Organization {key: 'org:luxprovide'})
SET n += {
  name: 'LuxProvide',
  kind: 'company',
  description: 'Signataire avec la JAXA d’une lettre d’intention (espace, supercalculateurs, quantique, intelligence artificielle).',
  searchText: 'luxprovide'
};
MERGE (n:Organization {key: 'org:chambre-de-commerce-luxembourg'})
SET n += {
  name: 'Chambre de Commerce du Luxembourg',
  kind: 'chamber',
  aliases: ['Chambre de Commerce', 'Luxembourg Chamber of Commerce', 'Chamber of Commerce of Luxembourg'],
  description: 'Chambre de commerce du Grand-Duché de Luxembourg — organisatrice des missions économiques luxembourgeoises au Japon (Business Forum de juin 2024, trois missions de l’Exposition universelle d’Osaka 2025).',
  contactEmailJapan: 'osaka2025@cc.lu',
  searchText: 'chambre de commerce du luxembourg chambre de commerce luxembourg chamber of commerce chamber of commerce of luxembourg'
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
MERGE (n:Organization {key: 'org:keidanren'})
SET n += {
  name: 'Keidanren',
  nameJa: '日本経済団体連合会',
  kind: 'business_association',
  aliases: ['Japan Business Federation', 'Fédération des organisations économiques japonaises', 'MEDEF japonais', '経団連'],
  description: 'Fédération des organisations économiques japonaises (« le MEDEF japonais »).',
  searchText: 'keidanren japan business federation federation des organisations economiques japonaises medef japonais 経団連 日本経済団体連合会'
};
MERGE (n:Organization {key: 'org:jetro'})
SET n += {
  name: 'Japan External Trade Organization',
  nameJa: '日本貿易振興機構',
  kind: 'government_agency',
  aliases: ['JETRO', 'agence japonaise chargée de la promotion du commerce extérieur'],
  description: 'Agence japonaise chargée de la promotion du commerce extérieur.',
  searchText: 'japan external trade organization jetro agence japonaise chargee de la promotion du commerce exterieur 日本貿易振興機構'
};
MERGE (n:Organization {key: 'org:embassy-luxembourg-japan'})
SET n += {
  name: 'Ambassade du Luxembourg au Japon',
  kind: 'embassy',
  aliases: ['Embassy of Luxembourg in Japan', 'ambassade du Luxembourg'],
  searchText: 'ambassade du luxembourg au japon embassy of luxembourg in japan ambassade du luxembourg'
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
MERGE (n:Organization {key: 'org:maee-luxembourg'})
SET n += {
  name: 'Ministère des Affaires étrangères et européennes',
  kind: 'government_body',
  aliases: ['MAEE', 'Ministry of Foreign and European Affairs', 'Ministère des Affaires étrangères et européennes du Luxembourg'],
  description: 'Ministère luxembourgeois des Affaires étrangères et européennes.',
  searchText: 'ministere des affaires etrangeres et europeennes maee ministry of foreign and european affairs ministere des affaires etrangeres et europeennes du luxembourg'
};
MERGE (n:Organization {key: 'org:ministere-economie-luxembourg'})
SET n += {
  name: 'Ministère de l’Économie',
  kind: 'government_body',
  aliases: ['meco', 'Ministry of the Economy of Luxembourg', 'Ministère de l’Économie du Luxembourg'],
  description: 'Ministère luxembourgeois de l’Économie (ministre de l’Économie, des PME, de l’Énergie et du Tourisme).',
  searchText: "ministere de l'economie meco ministry of the economy of luxembourg ministere de l'economie du luxembourg"
};
MERGE (n:Organization {key: 'org:government-of-luxembourg'})
SET n += {
  name: 'Gouvernement du Grand-Duché de Luxembourg',
  kind: 'government',
  aliases: ['Gouvernement luxembourgeois', 'Government of Luxembourg'],
  searchText: 'gouvernement du grand-duche de luxembourg gouvernement luxembourgeois government of luxembourg'
};
MERGE (n:Organization {key: 'org:government-of-japan'})
SET n += {
  name: 'Gouvernement du Japon',
  nameJa: '日本国政府',
  kind: 'government',
  aliases: ['Government of Japan', 'Gouvernement japonais'],
  searchText: 'gouvernement du japon government of japan gouvernement japonais 日本国政府'
};
MERGE (n:Organization {key: 'org:thermalytica'})
SET n += {
  name: 'Thermalytica',
  kind: 'company',
  description: 'Entreprise japonaise — ouverture d’une filiale au Luxembourg annoncée en juin 2024.',
  searchText: 'thermalytica'
};
MERGE (n:Organization {key: 'org:astroscale'})
SET n += {
  name: 'Astroscale',
  nameJa: 'アストロスケール',
  kind: 'company',
  description: 'Entreprise spatiale fondée au Japon en 2013 : entretien des satellites en orbite, élimination des débris spatiaux, normes et réglementations pour une utilisation responsable de l’espace.',
  searchText: 'astroscale アストロスケール'
};
MERGE (n:Organization {key: 'org:rakuten'})
SET n += {
  name: 'Rakuten',
  nameJa: '楽天',
  kind: 'company',
  aliases: ['groupe Rakuten', 'Rakuten Group'],
  description: 'Groupe fondé en 1997 à Tokyo, l’un des leaders mondiaux des services internet (place de marché en ligne, services financiers et de télécommunications, marketing digital, logistique) — plus de 30 000 employés, 30 pays et régions.',
  searchText: 'rakuten groupe rakuten rakuten group 楽天'
};
MERGE (n:Organization {key: 'org:rakuten-europe'})
SET n += {
  name: 'Rakuten Europe',
  kind: 'company',
  description: 'Siège européen du groupe Rakuten, établi au Luxembourg.',
  searchText: 'rakuten europe'
};
MERGE (n:Organization {key: 'org:rakuten-europe-bank'})
SET n += {
  name: 'Rakuten Europe Bank',
  kind: 'company',
  description: 'Banque par laquelle Rakuten propose des services financiers depuis le Luxembourg (depuis 2016).',
  searchText: 'rakuten europe bank'
};

// ======== Person nodes
MERGE (n:Person {key: 'person:guillaume-de-luxembourg'})
SET n += {
  name: 'Guillaume de Luxembourg',
  aliases: ['Grand-Duc héritier Guillaume', 'Guillaume'],
  searchText: 'guillaume de luxembourg grand-duc heritier guillaume guillaume'
};
MERGE (n:Person {key: 'person:xavier-bettel'})
SET n += {
  name: 'Xavier Bettel',
  searchText: 'xavier bettel'
};
MERGE (n:Person {key: 'person:lex-delles'})
SET n += {
  name: 'Lex Delles',
  searchText: 'lex delles'
};
MERGE (n:Person {key: 'person:michiro-hara'})
SET n += {
  name: 'Michiro Hara',
  searchText: 'michiro hara'
};
// The Japanese form of the name is not in the article: it is the official spelling of the State Minister of METI named there.
MERGE (n:Person {key: 'person:kazuchika-iwata'})
SET n += {
  name: 'Kazuchika Iwata',
  aliases: ['岩田和親', 'IWATA Kazuchika'],
  searchText: 'kazuchika iwata 岩田和親 iwata kazuchika'
};

// ======== Event nodes
// The article is dated only relatively ("hier", "depuis lundi"): month and year are derived from its text (see dateNote).
MERGE (n:Event {key: 'evt:luxembourg-economic-mission-japan-2024'})
SET n += {
  name: 'Mission économique luxembourgeoise au Japon (juin 2024)',
  kind: 'trade_mission',
  aliases: ['délégation économique luxembourgeoise'],
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateText: 'depuis lundi — dernière journée « hier »',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  description: 'Délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel.',
  searchText: 'mission economique luxembourgeoise au japon (juin 2024) delegation economique luxembourgeoise'
};
MERGE (n:Event {key: 'evt:jaxa-lsa-bilateral-meeting-2024'})
SET n += {
  name: 'Entrevue bilatérale JAXA – Luxembourg Space Agency',
  kind: 'bilateral_meeting',
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateText: 'dernière journée de la mission',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  searchText: 'entrevue bilaterale jaxa - luxembourg space agency'
};
MERGE (n:Event {key: 'evt:luxembourg-japan-business-forum-2024'})
SET n += {
  name: 'Luxembourg-Japan Business Forum',
  kind: 'business_forum',
  aliases: ['Business Forum Luxembourg-Japon'],
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateText: 'dernière journée de la mission',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  description: 'Forum d’affaires avec ateliers sectoriels (données de santé, espace) — environ 200 participants — signature de l’accord JAXA–LSA à l’issue de la séance d’ouverture.',
  searchText: 'luxembourg-japan business forum business forum luxembourg-japon'
};
MERGE (n:Event {key: 'evt:business-forum-2024-workshop-health-data'})
SET n += {
  name: 'Atelier sectoriel : gestion des données digitales (données de santé)',
  kind: 'workshop',
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  searchText: 'atelier sectoriel : gestion des donnees digitales (donnees de sante)'
};
MERGE (n:Event {key: 'evt:business-forum-2024-workshop-space'})
SET n += {
  name: 'Atelier sectoriel : espace',
  kind: 'workshop',
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  searchText: 'atelier sectoriel : espace'
};
MERGE (n:Event {key: 'evt:luxembourg-official-reception-japan-2024'})
SET n += {
  name: 'Réception officielle de la mission économique luxembourgeoise',
  kind: 'reception',
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  description: 'Réception officielle sur invitation de l’ambassade du Luxembourg, à l’approche de la fête nationale.',
  searchText: 'reception officielle de la mission economique luxembourgeoise'
};
MERGE (n:Event {key: 'evt:luxembourg-mission-2024-visit-astroscale'})
SET n += {
  name: 'Visite de l’entreprise Astroscale',
  kind: 'company_visit',
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateText: 'après-midi de la dernière journée',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  searchText: "visite de l'entreprise astroscale"
};
MERGE (n:Event {key: 'evt:luxembourg-mission-2024-visit-rakuten'})
SET n += {
  name: 'Visite du groupe Rakuten',
  kind: 'company_visit',
  startDate: date('2024-06-01'),
  datePrecision: 'month',
  dateText: 'après-midi de la dernière journée',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  searchText: 'visite du groupe rakuten'
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

// ======== Agreement nodes
// Signed "hier à Tokyo" in an article written in June 2024 ("L'exposition d'Osaka l'année prochaine"): month precision.
// The article calls it both "accord de coopération" and "protocole d'accord": kind cooperation_agreement, the other name in aliases.
MERGE (n:Agreement {key: 'agr:lsa-jaxa-2024'})
SET n += {
  title: 'Accord de coopération entre la JAXA et la Luxembourg Space Agency',
  kind: 'cooperation_agreement',
  aliases: ['accord JAXA–LSA', 'LSA–JAXA agreement', 'protocole d’accord JAXA–LSA'],
  status: 'signed',
  signedDate: date('2024-06-01'),
  signedDatePrecision: 'month',
  dateText: '« hier à Tokyo », à l’issue de la séance d’ouverture du Luxembourg-Japan Business Forum',
  dateNote: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».',
  summary: 'Accord de coopération visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier l’exploration spatiale, les supercalculateurs, l’utilisation mutuelle des installations et la commercialisation. Renforcé par l’accord de coopération intergouvernemental du 11 juin — sa première mise en œuvre concrète est la lettre d’intention LuxProvide–JAXA.',
  searchText: "accord de cooperation entre la jaxa et la luxembourg space agency accord jaxa-lsa lsa-jaxa agreement protocole d'accord jaxa-lsa"
};
MERGE (n:Agreement {key: 'agr:luxembourg-japan-space-cooperation-2024'})
SET n += {
  title: 'Accord de coopération Luxembourg–Japon dans le domaine de l’espace (niveau gouvernemental)',
  kind: 'intergovernmental_agreement',
  aliases: ['accord intergouvernemental spatial Luxembourg-Japon'],
  status: 'signed',
  signedDate: date('2024-06-11'),
  signedDatePrecision: 'day',
  dateText: '« en date du 11 juin »',
  dateNote: 'Jour et mois donnés par l’article — année 2024 déduite (« L’exposition d’Osaka l’année prochaine »).',
  summary: 'Accord de coopération signé au niveau gouvernemental entre le Luxembourg et le Japon — vise à faciliter la recherche, l’exploration, le développement et l’utilisation de l’espace par les deux pays, les instituts universitaires et de recherche et les entreprises spatiales privées.',
  searchText: "accord de cooperation luxembourg-japon dans le domaine de l'espace (niveau gouvernemental) accord intergouvernemental spatial luxembourg-japon"
};
MERGE (n:Agreement {key: 'agr:luxprovide-jaxa-loi-2024'})
SET n += {
  title: 'Lettre d’intention entre LuxProvide et la JAXA',
  kind: 'letter_of_intent',
  aliases: ['LuxProvide–JAXA letter of intent', 'lettre d’intention LuxProvide-JAXA'],
  status: 'signed',
  signedDate: date('2024-06-01'),
  signedDatePrecision: 'month',
  dateNote: 'Signée pendant la mission de juin 2024, après l’accord JAXA–LSA dont elle est la première mise en œuvre — jour non donné.',
  summary: 'Formalise la collaboration de LuxProvide et de la JAXA dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle : échange de connaissances, solutions conjointes, meilleurs services aux communautés d’utilisateurs. Premier projet concret de mise en œuvre de l’accord JAXA–LSA.',
  searchText: "lettre d'intention entre luxprovide et la jaxa luxprovide-jaxa letter of intent lettre d'intention luxprovide-jaxa"
};
MERGE (n:Agreement {key: 'agr:luxembourg-japan-air-services-2024'})
SET n += {
  title: 'Accord de services aériens entre le Luxembourg et le Japon',
  kind: 'air_services_agreement',
  aliases: ['accord de services aériens', 'Luxembourg-Japan air services agreement'],
  status: 'concluded',
  signedDate: date('2024-06-01'),
  signedDatePrecision: 'month',
  dateNote: 'Conclusion annoncée « des derniers jours » de la mission de juin 2024 — jour non donné.',
  summary: 'Accord de services aériens, « attendu depuis très longue date », dont la conclusion a été annoncée pendant la mission économique de juin 2024.',
  searchText: 'accord de services aeriens entre le luxembourg et le japon accord de services aeriens luxembourg-japan air services agreement'
};

// ======== Citations: (node)-[:CITED_IN {quote}]->(source), one relationship per quoted sentence
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'org:jaxa', quote: 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.'},
  {key: 'org:jaxa', quote: 'La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.'},
  {key: 'org:luxembourg-space-agency', quote: 'La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.'},
  {key: 'org:luxembourg-space-agency', quote: 'À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.'},
  {key: 'org:luxprovide', quote: "LuxProvide et la JAXA ont formalisé leur collaboration dans les domaines de l'espace, des supercalculateurs, de la quantique et de l'intelligence artificielle."},
  {key: 'org:luxprovide', quote: 'Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.'},
  {key: 'org:chambre-de-commerce-luxembourg', quote: 'Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.'},
  {key: 'org:chambre-de-commerce-luxembourg', quote: 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.'},
  {key: 'org:ltio-tokyo', quote: 'Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.'},
  {key: 'org:ltio-tokyo', quote: 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.'},
  {key: 'org:keidanren', quote: 'Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.'},
  {key: 'org:jetro', quote: 'Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.'},
  {key: 'org:embassy-luxembourg-japan', quote: 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.'},
  {key: 'org:meti', quote: 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.'},
  {key: 'org:maee-luxembourg', quote: 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.'},
  {key: 'org:ministere-economie-luxembourg', quote: 'La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.'},
  {key: 'org:government-of-luxembourg', quote: 'Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.'},
  {key: 'org:government-of-japan', quote: 'Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.'},
  {key: 'org:thermalytica', quote: 'Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).'},
  {key: 'org:astroscale', quote: 'Pour commencer, la délégation a visité l’entreprise spatiale Astroscale.'},
  {key: 'org:astroscale', quote: 'Fondée au Japon en 2013, Astroscale développe des solutions innovantes pour l’entretien des satellites en orbite, y compris pour l’élimination des débris, afin de créer des systèmes spatiaux durables et de réduire l’accumulation de débris dans l’espace.'},
  {key: 'org:rakuten', quote: 'La délégation s’est ensuite rendue chez Rakuten.'},
  {key: 'org:rakuten', quote: 'Fondé en 1997 à Tokyo, le groupe Rakuten est l’un des leaders mondiaux des services internet, s’étant fait connaître initialement comme place de marché en ligne, en concurrence avec Amazon.'},
  {key: 'org:rakuten', quote: 'Rakuten a diversifié ses activités et propose désormais des services financiers et de télécommunications, des solutions de marketing digital ainsi que des services logistiques.'},
  {key: 'org:rakuten', quote: 'Le groupe compte aujourd’hui plus de 30 000 employés et opère dans 30 pays et régions.'},
  {key: 'org:rakuten-europe', quote: 'Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.'},
  {key: 'org:rakuten-europe-bank', quote: 'Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.'}
] AS row
MATCH (n:Organization {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'person:guillaume-de-luxembourg', quote: 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.'},
  {key: 'person:xavier-bettel', quote: 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.'},
  {key: 'person:lex-delles', quote: 'La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.'},
  {key: 'person:lex-delles', quote: 'Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).'},
  {key: 'person:michiro-hara', quote: 'Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.'},
  {key: 'person:kazuchika-iwata', quote: 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.'}
] AS row
MATCH (n:Person {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'place:tokyo', quote: 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.'},
  {key: 'place:japan', quote: 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.'},
  {key: 'place:luxembourg', quote: 'Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.'}
] AS row
MATCH (n:Place {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'evt:luxembourg-economic-mission-japan-2024', quote: 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.'},
  {key: 'evt:luxembourg-economic-mission-japan-2024', quote: 'Hier, pour la dernière journée de cette mission importante, de nombreux accords de coopération dans le domaine spatial ont été signés.'},
  {key: 'evt:jaxa-lsa-bilateral-meeting-2024', quote: 'La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.'},
  {key: 'evt:luxembourg-japan-business-forum-2024', quote: 'Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.'},
  {key: 'evt:luxembourg-japan-business-forum-2024', quote: 'Des ateliers sectoriels ont complété l’événement qui a rassemblé environ 200 personnes.'},
  {key: 'evt:business-forum-2024-workshop-health-data', quote: 'Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.'},
  {key: 'evt:business-forum-2024-workshop-space', quote: 'Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.'},
  {key: 'evt:luxembourg-official-reception-japan-2024', quote: 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.'},
  {key: 'evt:luxembourg-mission-2024-visit-astroscale', quote: 'L’après-midi a été ponctuée par deux rencontres d’entreprises.'},
  {key: 'evt:luxembourg-mission-2024-visit-astroscale', quote: 'Pour commencer, la délégation a visité l’entreprise spatiale Astroscale.'},
  {key: 'evt:luxembourg-mission-2024-visit-rakuten', quote: 'L’après-midi a été ponctuée par deux rencontres d’entreprises.'},
  {key: 'evt:luxembourg-mission-2024-visit-rakuten', quote: 'La délégation s’est ensuite rendue chez Rakuten.'},
  {key: 'evt:expo-2025-osaka', quote: 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.'}
] AS row
MATCH (n:Event {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'agr:lsa-jaxa-2024', quote: 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.'},
  {key: 'agr:lsa-jaxa-2024', quote: 'À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.'},
  {key: 'agr:lsa-jaxa-2024', quote: 'Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.'},
  {key: 'agr:luxembourg-japan-space-cooperation-2024', quote: 'Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.'},
  {key: 'agr:luxembourg-japan-space-cooperation-2024', quote: 'Il vise à faciliter davantage la recherche, l’exploration, le développement et l’utilisation de l’espace, non seulement par les deux pays, mais aussi par les instituts universitaires et de recherche et les entreprises spatiales du secteur privé, selon le communiqué de presse des services de l’État.'},
  {key: 'agr:luxprovide-jaxa-loi-2024', quote: 'Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.'},
  {key: 'agr:luxprovide-jaxa-loi-2024', quote: 'Ceci facilitera l’échange de connaissances, la recherche de solutions conjointes à des problèmes communs et la fourniture de meilleurs services aux communautés d’utilisateurs soutenues par les deux organisations, créant ainsi plus d’impact pour les écosystèmes spatiaux respectifs.'},
  {key: 'agr:luxprovide-jaxa-loi-2024', quote: "LuxProvide et la JAXA ont formalisé leur collaboration dans les domaines de l'espace, des supercalculateurs, de la quantique et de l'intelligence artificielle."},
  {key: 'agr:luxembourg-japan-air-services-2024', quote: 'Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).'}
] AS row
MATCH (n:Agreement {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);

// ======== Agreement lifecycle: the state each cited sentence states (status), with the date it gives for it at its
// precision (since + sincePrecision, how it was dated in sinceBasis) or, for a state it only observes, the date of the
// observation (asOf + asOfPrecision). No date where the article gives none.
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'agr:lsa-jaxa-2024', quote: 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.',
    state: {status: 'signed', since: date('2024-06-01'), sincePrecision: 'month', sinceBasis: 'Mois et année déduits de l’article : accord gouvernemental « du 11 juin », fête nationale proche, « L’exposition d’Osaka l’année prochaine ».'}},
  {key: 'agr:lsa-jaxa-2024', quote: 'Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.',
    state: {status: 'implemented', since: date('2024-06-01'), sincePrecision: 'month', sinceBasis: 'Date de sa première mise en œuvre, la lettre d’intention LuxProvide–JAXA signée pendant la mission de juin 2024 — jour non donné.'}},
  {key: 'agr:luxembourg-japan-space-cooperation-2024', quote: 'Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.',
    state: {status: 'signed', since: date('2024-06-11'), sincePrecision: 'day', sinceBasis: 'Jour et mois donnés par l’article — année 2024 déduite (« L’exposition d’Osaka l’année prochaine »).'}},
  {key: 'agr:luxprovide-jaxa-loi-2024', quote: 'Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.',
    state: {status: 'signed', since: date('2024-06-01'), sincePrecision: 'month', sinceBasis: 'Signée pendant la mission de juin 2024, après l’accord JAXA–LSA dont elle est la première mise en œuvre — jour non donné.'}},
  {key: 'agr:luxembourg-japan-air-services-2024', quote: 'Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).',
    state: {status: 'concluded', asOf: date('2024-06-01'), asOfPrecision: 'month', asOfBasis: 'Conclusion annoncée « des derniers jours » de la mission de juin 2024 — ni le jour de l’annonce ni celui de la conclusion ne sont donnés.'}}
] AS row
MATCH (n:Agreement {key: row.key})
MERGE (n)-[c:CITED_IN {quote: row.quote}]->(s)
SET c += row.state;

// ======== Relationships (sources/quotes: parallel lists, one entry per supporting sentence)
// Intergovernmental and air services agreements: the parties are the two governments ("entre les deux pays").
UNWIND [
  {fromKey: 'org:jaxa', toKey: 'agr:lsa-jaxa-2024', props: {
    role: 'signataire',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.']}},
  {fromKey: 'org:luxembourg-space-agency', toKey: 'agr:lsa-jaxa-2024', props: {
    role: 'signataire',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.']}},
  {fromKey: 'org:luxprovide', toKey: 'agr:luxprovide-jaxa-loi-2024', props: {
    role: 'signataire',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}},
  {fromKey: 'org:jaxa', toKey: 'agr:luxprovide-jaxa-loi-2024', props: {
    role: 'signataire',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}},
  {fromKey: 'org:government-of-luxembourg', toKey: 'agr:luxembourg-japan-space-cooperation-2024', props: {
    role: 'signataire',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.', 'Il vise à faciliter davantage la recherche, l’exploration, le développement et l’utilisation de l’espace, non seulement par les deux pays, mais aussi par les instituts universitaires et de recherche et les entreprises spatiales du secteur privé, selon le communiqué de presse des services de l’État.']}},
  {fromKey: 'org:government-of-luxembourg', toKey: 'agr:luxembourg-japan-air-services-2024', props: {
    role: 'partie',
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).']}},
  {fromKey: 'org:government-of-japan', toKey: 'agr:luxembourg-japan-space-cooperation-2024', props: {
    role: 'signataire',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.', 'Il vise à faciliter davantage la recherche, l’exploration, le développement et l’utilisation de l’espace, non seulement par les deux pays, mais aussi par les instituts universitaires et de recherche et les entreprises spatiales du secteur privé, selon le communiqué de presse des services de l’État.']}},
  {fromKey: 'org:government-of-japan', toKey: 'agr:luxembourg-japan-air-services-2024', props: {
    role: 'partie',
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Agreement {key: row.toKey})
MERGE (a)-[r:PARTY_TO]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'agr:lsa-jaxa-2024', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    moment: 'à l’issue de la séance d’ouverture du Business Forum',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.', 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'agr:luxprovide-jaxa-loi-2024', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    moment: 'pendant la mission économique (jour non donné)',
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Hier, pour la dernière journée de cette mission importante, de nombreux accords de coopération dans le domaine spatial ont été signés.', 'Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:SIGNED_AT]->(b)
SET r += row.props;
// "Cet accord est renforcé par l'accord de coopération ... signé au niveau gouvernemental en date du 11 juin".
UNWIND [
  {fromKey: 'agr:lsa-jaxa-2024', toKey: 'agr:luxembourg-japan-space-cooperation-2024', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.']}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Agreement {key: row.toKey})
MERGE (a)-[r:REINFORCED_BY]->(b)
SET r += row.props;
// "Le premier projet concret de mise en œuvre de ce protocole d'accord est la lettre d'intention ..." (first: true).
UNWIND [
  {fromKey: 'agr:luxprovide-jaxa-loi-2024', toKey: 'agr:lsa-jaxa-2024', props: {
    first: true,
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Agreement {key: row.toKey})
MERGE (a)-[r:IMPLEMENTS]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'agr:lsa-jaxa-2024', toKey: 'sector:space', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.']}},
  {fromKey: 'agr:lsa-jaxa-2024', toKey: 'sector:supercomputing', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’issue de la séance d’ouverture du Business Forum, la JAXA et la LSA ont donc signé un accord de coopération, visant à explorer et à faciliter la collaboration dans le cadre de projets spatiaux d’intérêt mutuel, en particulier dans les domaines de l’exploration spatiale, des supercalculateurs, de l’utilisation mutuelle des installations et de la commercialisation.']}},
  {fromKey: 'agr:luxembourg-japan-space-cooperation-2024', toKey: 'sector:space', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.']}},
  {fromKey: 'agr:luxprovide-jaxa-loi-2024', toKey: 'sector:space', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}},
  {fromKey: 'agr:luxprovide-jaxa-loi-2024', toKey: 'sector:supercomputing', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}},
  {fromKey: 'agr:luxprovide-jaxa-loi-2024', toKey: 'sector:quantum', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}},
  {fromKey: 'agr:luxprovide-jaxa-loi-2024', toKey: 'sector:artificial-intelligence', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le premier projet concret de mise en œuvre de ce protocole d’accord est la lettre d’intention signée entre LuxProvide et la JAXA pour formaliser leur collaboration dans les domaines de l’espace, des supercalculateurs, de la quantique et de l’intelligence artificielle.']}},
  {fromKey: 'agr:luxembourg-japan-air-services-2024', toKey: 'sector:air-transport', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).']}}
] AS row
MATCH (a:Agreement {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:luxembourg-economic-mission-japan-2024', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'evt:jaxa-lsa-bilateral-meeting-2024', toKey: 'place:tokyo', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'evt:luxembourg-japan-business-forum-2024', toKey: 'place:tokyo', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'evt:business-forum-2024-workshop-health-data', toKey: 'place:tokyo', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.', 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'evt:business-forum-2024-workshop-space', toKey: 'place:tokyo', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.', 'Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'evt:luxembourg-official-reception-japan-2024', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.', 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'evt:luxembourg-mission-2024-visit-astroscale', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Pour commencer, la délégation a visité l’entreprise spatiale Astroscale.', 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'evt:luxembourg-mission-2024-visit-rakuten', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['La délégation s’est ensuite rendue chez Rakuten.', 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:guillaume-de-luxembourg', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    role: 'président de la délégation (Grand-Duc héritier)',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'person:xavier-bettel', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    role: 'chef de la délégation (ministre des Affaires étrangères)',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'person:lex-delles', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    role: 'ministre de l’Économie',
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.', 'Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).']}},
  {fromKey: 'person:lex-delles', toKey: 'evt:jaxa-lsa-bilateral-meeting-2024', props: {
    role: 'en présence de',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'person:michiro-hara', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    role: 'participant (Keidanren)',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'person:kazuchika-iwata', toKey: 'evt:luxembourg-official-reception-japan-2024', props: {
    role: 'en présence de',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
// All these events took place on the last day of the mission ("hier", in Tokyo per the lead sentence).
UNWIND [
  {fromKey: 'evt:jaxa-lsa-bilateral-meeting-2024', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Hier, pour la dernière journée de cette mission importante, de nombreux accords de coopération dans le domaine spatial ont été signés.']}},
  {fromKey: 'evt:luxembourg-japan-business-forum-2024', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Hier, pour la dernière journée de cette mission importante, de nombreux accords de coopération dans le domaine spatial ont été signés.']}},
  {fromKey: 'evt:luxembourg-official-reception-japan-2024', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}},
  {fromKey: 'evt:luxembourg-mission-2024-visit-astroscale', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['L’après-midi a été ponctuée par deux rencontres d’entreprises.']}},
  {fromKey: 'evt:luxembourg-mission-2024-visit-rakuten', toKey: 'evt:luxembourg-economic-mission-japan-2024', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['L’après-midi a été ponctuée par deux rencontres d’entreprises.']}},
  {fromKey: 'evt:business-forum-2024-workshop-health-data', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Des ateliers sectoriels ont complété l’événement qui a rassemblé environ 200 personnes.', 'Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.']}},
  {fromKey: 'evt:business-forum-2024-workshop-space', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Des ateliers sectoriels ont complété l’événement qui a rassemblé environ 200 personnes.', 'Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PART_OF]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:jaxa', toKey: 'evt:jaxa-lsa-bilateral-meeting-2024', props: {
    role: 'partie à l’entrevue',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'org:luxembourg-space-agency', toKey: 'evt:jaxa-lsa-bilateral-meeting-2024', props: {
    role: 'partie à l’entrevue',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'org:astroscale', toKey: 'evt:luxembourg-mission-2024-visit-astroscale', props: {
    role: 'entreprise visitée',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Pour commencer, la délégation a visité l’entreprise spatiale Astroscale.']}},
  {fromKey: 'org:rakuten', toKey: 'evt:luxembourg-mission-2024-visit-rakuten', props: {
    role: 'entreprise visitée',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La délégation s’est ensuite rendue chez Rakuten.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:PARTICIPATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    role: 'organisateur',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'org:ltio-tokyo', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    role: 'organisateur',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'org:embassy-luxembourg-japan', toKey: 'evt:luxembourg-official-reception-japan-2024', props: {
    role: 'sur invitation de',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}},
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'evt:luxembourg-official-reception-japan-2024', props: {
    role: 'en étroite collaboration',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}},
  {fromKey: 'org:ltio-tokyo', toKey: 'evt:luxembourg-official-reception-japan-2024', props: {
    role: 'en étroite collaboration',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ORGANIZED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:keidanren', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    role: 'soutien',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'org:jetro', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    role: 'soutien',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:SUPPORTED]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'evt:business-forum-2024-workshop-health-data', toKey: 'sector:digital-data', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.']}},
  {fromKey: 'evt:business-forum-2024-workshop-health-data', toKey: 'sector:health', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.']}},
  {fromKey: 'evt:business-forum-2024-workshop-space', toKey: 'sector:space', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un premier atelier était axé sur la gestion des données digitales, en particulier les données liées à la santé, tandis qu’un autre workshop se tenait en parallèle sur le thème de l’espace.']}}
] AS row
MATCH (a:Event {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'person:xavier-bettel', toKey: 'org:maee-luxembourg', props: {
    title: 'ministre des Affaires étrangères',
    asOf: date('2024-06-01'),
    asOfPrecision: 'month',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'person:lex-delles', toKey: 'org:ministere-economie-luxembourg', props: {
    title: 'ministre de l’Économie, des PME, de l’Énergie et du Tourisme',
    asOf: date('2024-06-01'),
    asOfPrecision: 'month',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'person:michiro-hara', toKey: 'org:keidanren', props: {
    title: 'managing director',
    asOf: date('2024-06-01'),
    asOfPrecision: 'month',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'person:kazuchika-iwata', toKey: 'org:meti', props: {
    title: 'ministre d’État de l’Économie, du Commerce et de l’Industrie',
    asOf: date('2024-06-01'),
    asOfPrecision: 'month',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}}
] AS row
MATCH (a:Person {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:HOLDS_ROLE]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:chambre-de-commerce-luxembourg', toKey: 'place:luxembourg', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'org:ltio-tokyo', toKey: 'place:tokyo', props: {
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ["Dans le cadre de l’Exposition universelle à Osaka, la participation luxembourgeoise s'est articulée autour de trois missions économiques ciblées, organisées en étroite collaboration avec le Ministère des Affaires étrangères et européennes, l’Ambassade du Luxembourg au Japon et le Luxembourg Trade and Investment Office à Tokyo.", 'À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.']}},
  {fromKey: 'org:jaxa', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'org:luxembourg-space-agency', toKey: 'place:luxembourg', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'org:keidanren', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9', 'src:003-f08af42fe33b2bd7'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.', 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:jetro', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Ensuite se tenait le Luxembourg-Japan Business Forum, organisé par la Chambre de commerce du Luxembourg et le Luxembourg Trade and Invest, avec le soutien de Keidanren, la Fédération des organisations économiques japonaises, et de la Japan External Trade Organization (JETRO), l’agence japonaise chargée de la promotion du commerce extérieur, avec la participation de Michiro Hara, managing director de Keidanren.']}},
  {fromKey: 'org:meti', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9', 'src:003-f08af42fe33b2bd7'],
    quotes: ['À l’approche des festivités de la fête nationale, la mission économique officielle a également été l’occasion d’organiser une réception officielle, sur invitation de l’ambassade du Luxembourg en étroite collaboration avec la Chambre de commerce et le Luxembourg Trade and Investment Office à Tokyo et en présence de Kazuchika Iwata, ministre d’État japonais de l’Économie, du Commerce et de l’Industrie.', 'À Tokyo, Osaka et Nagoya, la délégation régionale avait rencontré de nombreux acteurs économiques, dont le Ministère japonais de l’Économie (METI), la Keidanren (le « MEDEF japonais ») et des groupes majeurs comme Toyota et Yamaha.']}},
  {fromKey: 'org:maee-luxembourg', toKey: 'place:luxembourg', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['Grâce à une collaboration étroite entre le GIE Luxembourg@Expo 2025 Osaka, le Ministère des Affaires étrangères et européennes, la Chambre de Commerce et leurs partenaires, le pavillon luxembourgeois a mis en avant les atouts du pays.', 'Depuis lundi, une délégation économique présidée par le Grand-Duc héritier Guillaume et dirigée par le ministre des Affaires étrangères Xavier Bettel est en visite au Japon.']}},
  {fromKey: 'org:ministere-economie-luxembourg', toKey: 'place:luxembourg', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'org:government-of-luxembourg', toKey: 'place:luxembourg', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.']}},
  {fromKey: 'org:government-of-japan', toKey: 'place:japan', props: {
    basis: 'context', inferred: true, inferenceNote: 'Déduit du contexte de l’article : la phrase citée ne le dit pas en toutes lettres.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Cet accord est renforcé par l’accord de coopération qui a été signé au niveau gouvernemental en date du 11 juin, qui catalysera et approfondira considérablement la coopération entre les deux pays dans le domaine de l’espace.']}},
  {fromKey: 'org:thermalytica', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).']}},
  {fromKey: 'org:astroscale', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondée au Japon en 2013, Astroscale développe des solutions innovantes pour l’entretien des satellites en orbite, y compris pour l’élimination des débris, afin de créer des systèmes spatiaux durables et de réduire l’accumulation de débris dans l’espace.']}},
  {fromKey: 'org:rakuten', toKey: 'place:tokyo', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondé en 1997 à Tokyo, le groupe Rakuten est l’un des leaders mondiaux des services internet, s’étant fait connaître initialement comme place de marché en ligne, en concurrence avec Amazon.']}},
  {fromKey: 'org:rakuten-europe', toKey: 'place:luxembourg', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.']}},
  {fromKey: 'org:rakuten-europe-bank', toKey: 'place:luxembourg', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:LOCATED_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:rakuten-europe', toKey: 'org:rakuten', props: {
    role: 'siège européen',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.']}},
  {fromKey: 'org:rakuten-europe-bank', toKey: 'org:rakuten', props: {
    role: 'services financiers depuis le Luxembourg',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:SUBSIDIARY_OF]->(b)
SET r += row.props;
// HAS_PRESENCE_IN: a foreign group's establishment in a country (dated, or only announced).
UNWIND [
  {fromKey: 'org:rakuten', toKey: 'place:luxembourg', props: {
    since: date('2008-01-01'),
    sincePrecision: 'year',
    status: 'established',
    activities: ['siège européen (Rakuten Europe)', 'centre de données pour l’Europe (depuis 2012)', 'services financiers par Rakuten Europe Bank (depuis 2016)'],
    sources: ['src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9', 'src:001-20df84f1ae021dc9'],
    quotes: ['Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.', 'En 2012, Rakuten a choisi le Luxembourg pour y installer son centre de données pour l’Europe.', 'Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}},
  {fromKey: 'org:thermalytica', toKey: 'place:luxembourg', props: {
    status: 'announced',
    activities: ['filiale'],
    announcedDate: date('2024-06-01'),
    announcedDatePrecision: 'month',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Lex Delles s’est, quant à lui, particulièrement réjoui des importantes annonces officielles des derniers jours, dans le cadre de la mission économique, dont notamment la conclusion de l’accord de services aériens, qui était attendu depuis très longue date, ainsi que la signature des différents accords de coopération dans le secteur spatial et l’annonce de l’ouverture d’une filiale au Luxembourg de l’entreprise japonaise Thermalytica (lire nos précédentes éditions).']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:HAS_PRESENCE_IN]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'org:jaxa', toKey: 'sector:space', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Un nouvel accord important a été signé avec l’agence spatiale japonaise, hier à Tokyo, par la délégation économique luxembourgeoise en visite dans le pays depuis lundi.']}},
  {fromKey: 'org:luxembourg-space-agency', toKey: 'sector:space', props: {
    basis: 'name', inferred: true, inferenceNote: 'Déduit du nom de l’organisation ou de l’événement.',
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['La journée a débuté par une entrevue bilatérale entre la Japan Aerospace Exploration Agency (JAXA) et la Luxembourg Space Agency (LSA), en présence du ministre de l’Économie, des PME, de l’Énergie et du Tourisme Lex Delles.']}},
  {fromKey: 'org:astroscale', toKey: 'sector:space', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Pour commencer, la délégation a visité l’entreprise spatiale Astroscale.']}},
  {fromKey: 'org:rakuten', toKey: 'sector:internet-services', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondé en 1997 à Tokyo, le groupe Rakuten est l’un des leaders mondiaux des services internet, s’étant fait connaître initialement comme place de marché en ligne, en concurrence avec Amazon.']}},
  {fromKey: 'org:rakuten', toKey: 'sector:financial-services', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Rakuten a diversifié ses activités et propose désormais des services financiers et de télécommunications, des solutions de marketing digital ainsi que des services logistiques.']}},
  {fromKey: 'org:rakuten', toKey: 'sector:telecommunications', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Rakuten a diversifié ses activités et propose désormais des services financiers et de télécommunications, des solutions de marketing digital ainsi que des services logistiques.']}},
  {fromKey: 'org:rakuten', toKey: 'sector:digital-marketing', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Rakuten a diversifié ses activités et propose désormais des services financiers et de télécommunications, des solutions de marketing digital ainsi que des services logistiques.']}},
  {fromKey: 'org:rakuten', toKey: 'sector:logistics', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Rakuten a diversifié ses activités et propose désormais des services financiers et de télécommunications, des solutions de marketing digital ainsi que des services logistiques.']}},
  {fromKey: 'org:rakuten-europe-bank', toKey: 'sector:financial-services', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}}
] AS row
MATCH (a:Organization {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
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
MERGE (n:Fact {key: 'fact:lu-jp-business-forum-2024-attendance'})
SET n += {
  kind: 'attendance',
  value: 200,
  unit: 'people',
  qualifier: 'about',
  statement: 'Le Luxembourg-Japan Business Forum de juin 2024 et ses ateliers sectoriels ont rassemblé environ 200 personnes.',
  searchText: 'le luxembourg-japan business forum de juin 2024 et ses ateliers sectoriels ont rassemble environ 200 personnes.'
};
MERGE (n:Fact {key: 'fact:astroscale-founded-2013'})
SET n += {
  kind: 'organization_profile',
  year: 2013,
  statement: 'Astroscale a été fondée au Japon en 2013.',
  searchText: 'astroscale a ete fondee au japon en 2013.'
};
MERGE (n:Fact {key: 'fact:rakuten-founded-1997'})
SET n += {
  kind: 'organization_profile',
  year: 1997,
  statement: 'Le groupe Rakuten a été fondé en 1997 à Tokyo.',
  searchText: 'le groupe rakuten a ete fonde en 1997 a tokyo.'
};
MERGE (n:Fact {key: 'fact:rakuten-employees'})
SET n += {
  kind: 'organization_profile',
  value: 30000,
  unit: 'employees',
  qualifier: 'more_than',
  statement: 'Le groupe Rakuten compte plus de 30 000 employés.',
  searchText: 'le groupe rakuten compte plus de 30 000 employes.'
};
MERGE (n:Fact {key: 'fact:rakuten-countries-and-regions'})
SET n += {
  kind: 'organization_profile',
  value: 30,
  unit: 'countries_and_regions',
  statement: 'Le groupe Rakuten opère dans 30 pays et régions.',
  searchText: 'le groupe rakuten opere dans 30 pays et regions.'
};
MERGE (n:Fact {key: 'fact:rakuten-in-luxembourg-since-2008'})
SET n += {
  kind: 'market_presence',
  qualifier: 'since',
  year: 2008,
  statement: 'Rakuten est présent au Luxembourg depuis 2008, où il a établi son siège européen, Rakuten Europe.',
  searchText: 'rakuten est present au luxembourg depuis 2008, ou il a etabli son siege europeen, rakuten europe.'
};
MERGE (n:Fact {key: 'fact:rakuten-data-centre-luxembourg-2012'})
SET n += {
  kind: 'market_presence',
  year: 2012,
  statement: 'En 2012, Rakuten a choisi le Luxembourg pour y installer son centre de données pour l’Europe.',
  searchText: "en 2012, rakuten a choisi le luxembourg pour y installer son centre de donnees pour l'europe."
};
MERGE (n:Fact {key: 'fact:rakuten-europe-bank-since-2016'})
SET n += {
  kind: 'market_presence',
  qualifier: 'since',
  year: 2016,
  statement: 'Depuis 2016, Rakuten propose des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.',
  searchText: 'depuis 2016, rakuten propose des services financiers depuis le luxembourg par le biais de rakuten europe bank.'
};
MATCH (s:Source {key: 'src:001-20df84f1ae021dc9'})
UNWIND [
  {key: 'fact:lu-jp-relations-centenary-2027', quote: 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.'},
  {key: 'fact:lu-jp-business-forum-2024-attendance', quote: 'Des ateliers sectoriels ont complété l’événement qui a rassemblé environ 200 personnes.'},
  {key: 'fact:astroscale-founded-2013', quote: 'Fondée au Japon en 2013, Astroscale développe des solutions innovantes pour l’entretien des satellites en orbite, y compris pour l’élimination des débris, afin de créer des systèmes spatiaux durables et de réduire l’accumulation de débris dans l’espace.'},
  {key: 'fact:rakuten-founded-1997', quote: 'Fondé en 1997 à Tokyo, le groupe Rakuten est l’un des leaders mondiaux des services internet, s’étant fait connaître initialement comme place de marché en ligne, en concurrence avec Amazon.'},
  {key: 'fact:rakuten-employees', quote: 'Le groupe compte aujourd’hui plus de 30 000 employés et opère dans 30 pays et régions.'},
  {key: 'fact:rakuten-countries-and-regions', quote: 'Le groupe compte aujourd’hui plus de 30 000 employés et opère dans 30 pays et régions.'},
  {key: 'fact:rakuten-in-luxembourg-since-2008', quote: 'Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.'},
  {key: 'fact:rakuten-data-centre-luxembourg-2012', quote: 'En 2012, Rakuten a choisi le Luxembourg pour y installer son centre de données pour l’Europe.'},
  {key: 'fact:rakuten-europe-bank-since-2016', quote: 'Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.'}
] AS row
MATCH (n:Fact {key: row.key})
MERGE (n)-[:CITED_IN {quote: row.quote}]->(s);
UNWIND [
  {fromKey: 'fact:astroscale-founded-2013', toKey: 'org:astroscale', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondée au Japon en 2013, Astroscale développe des solutions innovantes pour l’entretien des satellites en orbite, y compris pour l’élimination des débris, afin de créer des systèmes spatiaux durables et de réduire l’accumulation de débris dans l’espace.']}},
  {fromKey: 'fact:rakuten-founded-1997', toKey: 'org:rakuten', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondé en 1997 à Tokyo, le groupe Rakuten est l’un des leaders mondiaux des services internet, s’étant fait connaître initialement comme place de marché en ligne, en concurrence avec Amazon.']}},
  {fromKey: 'fact:rakuten-employees', toKey: 'org:rakuten', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le groupe compte aujourd’hui plus de 30 000 employés et opère dans 30 pays et régions.']}},
  {fromKey: 'fact:rakuten-countries-and-regions', toKey: 'org:rakuten', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Le groupe compte aujourd’hui plus de 30 000 employés et opère dans 30 pays et régions.']}},
  {fromKey: 'fact:rakuten-in-luxembourg-since-2008', toKey: 'org:rakuten', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.']}},
  {fromKey: 'fact:rakuten-in-luxembourg-since-2008', toKey: 'org:rakuten-europe', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.']}},
  {fromKey: 'fact:rakuten-data-centre-luxembourg-2012', toKey: 'org:rakuten', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['En 2012, Rakuten a choisi le Luxembourg pour y installer son centre de données pour l’Europe.']}},
  {fromKey: 'fact:rakuten-europe-bank-since-2016', toKey: 'org:rakuten', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}},
  {fromKey: 'fact:rakuten-europe-bank-since-2016', toKey: 'org:rakuten-europe-bank', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Organization {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-jp-business-forum-2024-attendance', toKey: 'evt:luxembourg-japan-business-forum-2024', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Des ateliers sectoriels ont complété l’événement qui a rassemblé environ 200 personnes.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Event {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:lu-jp-relations-centenary-2027', toKey: 'place:luxembourg', props: {
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.', 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.']}},
  {fromKey: 'fact:lu-jp-relations-centenary-2027', toKey: 'place:japan', props: {
    sources: ['src:000-eb87548844b58c42', 'src:001-20df84f1ae021dc9'],
    quotes: ['À l’approche du centenaire des relations bilatérales en 2027 et pour garantir un impact tangible et pérenne la Chambre de Commerce déploiera, au printemps 2026, un programme de suivi sur mesure pour les entreprises participantes.', 'L’exposition d’Osaka l’année prochaine et le centenaire des relations bilatérales en 2027 seront autant d’occasions de les célébrer.']}},
  {fromKey: 'fact:astroscale-founded-2013', toKey: 'place:japan', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondée au Japon en 2013, Astroscale développe des solutions innovantes pour l’entretien des satellites en orbite, y compris pour l’élimination des débris, afin de créer des systèmes spatiaux durables et de réduire l’accumulation de débris dans l’espace.']}},
  {fromKey: 'fact:rakuten-founded-1997', toKey: 'place:tokyo', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Fondé en 1997 à Tokyo, le groupe Rakuten est l’un des leaders mondiaux des services internet, s’étant fait connaître initialement comme place de marché en ligne, en concurrence avec Amazon.']}},
  {fromKey: 'fact:rakuten-in-luxembourg-since-2008', toKey: 'place:luxembourg', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Présent au Luxembourg depuis 2008, le groupe y a établi son siège européen, Rakuten Europe.']}},
  {fromKey: 'fact:rakuten-data-centre-luxembourg-2012', toKey: 'place:luxembourg', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['En 2012, Rakuten a choisi le Luxembourg pour y installer son centre de données pour l’Europe.']}},
  {fromKey: 'fact:rakuten-europe-bank-since-2016', toKey: 'place:luxembourg', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Place {key: row.toKey})
MERGE (a)-[r:ABOUT]->(b)
SET r += row.props;
UNWIND [
  {fromKey: 'fact:rakuten-europe-bank-since-2016', toKey: 'sector:financial-services', props: {
    sources: ['src:001-20df84f1ae021dc9'],
    quotes: ['Depuis 2016, Rakuten propose également des services financiers depuis le Luxembourg par le biais de Rakuten Europe Bank.']}}
] AS row
MATCH (a:Fact {key: row.fromKey})
MATCH (b:Sector {key: row.toKey})
MERGE (a)-[r:IN_SECTOR]->(b)
SET r += row.props;
