// 011_reference_names.cypher — the names of the reference places and sectors of 010 in the three interface
// languages (English, French, Japanese): nameEn, nameFr, nameJa. These are translations, not claims of any article:
// established exonyms (Japan, Japon, 日本), the official Japanese names of prefectures and cities (愛知県, 熊本市)
// and the usual Japanese forms of European places (ベルギー, リエージュ). The API exposes them as `names { en fr ja }`
// and the explorer shows the one of its interface language; `name` stays as the articles write it.
// searchText is 010's plus these names (normalised as in README.md § Search), so « Belgium » and « ベルギー » find it.
// Idempotent: MATCH on key, then SET n += {…}. Runs after 010, as one transaction; touches nothing an article states.

// ---- Sectors (name is English, nameFr French: 010)
MATCH (n:Sector {key: 'sector:space'})
SET n += {
  nameEn: 'Space',
  nameFr: 'Spatial',
  nameJa: '宇宙',
  searchText: 'space spatial 宇宙'
};
MATCH (n:Sector {key: 'sector:new-technologies'})
SET n += {
  nameEn: 'New technologies',
  nameFr: 'Nouvelles technologies',
  nameJa: '新技術',
  searchText: 'new technologies nouvelles technologies 新技術'
};
MATCH (n:Sector {key: 'sector:circular-economy'})
SET n += {
  nameEn: 'Circular economy',
  nameFr: 'Économie circulaire',
  nameJa: '循環経済',
  searchText: 'circular economy economie circulaire 循環経済'
};
MATCH (n:Sector {key: 'sector:health'})
SET n += {
  nameEn: 'Health',
  nameFr: 'Santé',
  nameJa: '健康・医療',
  searchText: 'health sante 健康・医療'
};
MATCH (n:Sector {key: 'sector:medical-technologies'})
SET n += {
  nameEn: 'Medical technologies',
  nameFr: 'Technologies médicales',
  nameJa: '医療技術',
  searchText: 'medical technologies technologies medicales 医療技術'
};
MATCH (n:Sector {key: 'sector:robotics'})
SET n += {
  nameEn: 'Robotics',
  nameFr: 'Robotique',
  nameJa: 'ロボット工学',
  searchText: 'robotics robotique ロボット工学'
};
MATCH (n:Sector {key: 'sector:financial-services'})
SET n += {
  nameEn: 'Financial services',
  nameFr: 'Services financiers',
  nameJa: '金融サービス',
  searchText: 'financial services services financiers 金融サービス'
};
MATCH (n:Sector {key: 'sector:supercomputing'})
SET n += {
  nameEn: 'Supercomputing',
  nameFr: 'Supercalculateurs',
  nameJa: 'スーパーコンピューティング',
  searchText: 'supercomputing supercalculateurs スーパーコンピューティング'
};
MATCH (n:Sector {key: 'sector:quantum'})
SET n += {
  nameEn: 'Quantum technologies',
  nameFr: 'Quantique',
  nameJa: '量子技術',
  searchText: 'quantum technologies quantique 量子技術'
};
MATCH (n:Sector {key: 'sector:artificial-intelligence'})
SET n += {
  nameEn: 'Artificial intelligence',
  nameFr: 'Intelligence artificielle',
  nameJa: '人工知能',
  searchText: 'artificial intelligence intelligence artificielle 人工知能'
};
MATCH (n:Sector {key: 'sector:digital-data'})
SET n += {
  nameEn: 'Digital data management',
  nameFr: 'Gestion des données digitales',
  nameJa: 'デジタルデータ管理',
  searchText: 'digital data management gestion des donnees digitales デジタルデータ管理'
};
MATCH (n:Sector {key: 'sector:internet-services'})
SET n += {
  nameEn: 'Internet services',
  nameFr: 'Services internet',
  nameJa: 'インターネットサービス',
  searchText: 'internet services services internet インターネットサービス'
};
MATCH (n:Sector {key: 'sector:telecommunications'})
SET n += {
  nameEn: 'Telecommunications',
  nameFr: 'Télécommunications',
  nameJa: '電気通信',
  searchText: 'telecommunications 電気通信'
};
MATCH (n:Sector {key: 'sector:digital-marketing'})
SET n += {
  nameEn: 'Digital marketing',
  nameFr: 'Marketing digital',
  nameJa: 'デジタルマーケティング',
  searchText: 'digital marketing marketing digital デジタルマーケティング'
};
MATCH (n:Sector {key: 'sector:logistics'})
SET n += {
  nameEn: 'Logistics',
  nameFr: 'Logistique',
  nameJa: '物流',
  searchText: 'logistics logistique 物流'
};
MATCH (n:Sector {key: 'sector:air-transport'})
SET n += {
  nameEn: 'Air transport',
  nameFr: 'Transport aérien',
  nameJa: '航空輸送',
  searchText: 'air transport transport aerien 航空輸送'
};
MATCH (n:Sector {key: 'sector:automotive'})
SET n += {
  nameEn: 'Automotive',
  nameFr: 'Automobile',
  nameJa: '自動車',
  searchText: 'automotive automobile 自動車'
};
MATCH (n:Sector {key: 'sector:audiovisual'})
SET n += {
  nameEn: 'Audio-visual',
  nameFr: 'Audio-visuel',
  nameJa: '映像・音響',
  searchText: 'audio-visual audio-visuel 映像・音響'
};
MATCH (n:Sector {key: 'sector:manufacturing'})
SET n += {
  nameEn: 'Manufacturing industry',
  nameFr: 'Industrie manufacturière',
  nameJa: '製造業',
  searchText: 'manufacturing industry industrie manufacturiere 製造業'
};
MATCH (n:Sector {key: 'sector:digital-transformation'})
SET n += {
  nameEn: 'Digital transformation',
  nameFr: 'Transformation digitale',
  nameJa: 'デジタルトランスフォーメーション',
  searchText: 'digital transformation transformation digitale デジタルトランスフォーメーション'
};
MATCH (n:Sector {key: 'sector:agrifood'})
SET n += {
  nameEn: 'Agri-food',
  nameFr: 'Agroalimentaire',
  nameJa: '農業・食品',
  searchText: 'agri-food agroalimentaire 農業・食品'
};
MATCH (n:Sector {key: 'sector:life-sciences'})
SET n += {
  nameEn: 'Life sciences',
  nameFr: 'Sciences du vivant',
  nameJa: 'ライフサイエンス',
  searchText: 'life sciences sciences du vivant ライフサイエンス'
};
MATCH (n:Sector {key: 'sector:new-materials'})
SET n += {
  nameEn: 'New materials',
  nameFr: 'Nouveaux matériaux',
  nameJa: '新素材',
  searchText: 'new materials nouveaux materiaux 新素材'
};
MATCH (n:Sector {key: 'sector:culture'})
SET n += {
  nameEn: 'Culture',
  nameFr: 'Culture',
  nameJa: '文化',
  searchText: 'culture 文化'
};
MATCH (n:Sector {key: 'sector:higher-education-research'})
SET n += {
  nameEn: 'Higher education and research',
  nameFr: 'Enseignement supérieur et recherche',
  nameJa: '高等教育・研究',
  searchText: 'higher education and research enseignement superieur et recherche 高等教育・研究'
};
MATCH (n:Sector {key: 'sector:energy-transition'})
SET n += {
  nameEn: 'Energy transition',
  nameFr: 'Transition énergétique',
  nameJa: 'エネルギー転換',
  searchText: 'energy transition transition energetique エネルギー転換'
};
MATCH (n:Sector {key: 'sector:mobility'})
SET n += {
  nameEn: 'Mobility',
  nameFr: 'Mobilité',
  nameJa: 'モビリティ',
  searchText: 'mobility mobilite モビリティ'
};
MATCH (n:Sector {key: 'sector:tourism'})
SET n += {
  nameEn: 'Tourism',
  nameFr: 'Tourisme',
  nameJa: '観光',
  searchText: 'tourism tourisme 観光'
};
MATCH (n:Sector {key: 'sector:gastronomy-wine'})
SET n += {
  nameEn: 'Gastronomy and wine',
  nameFr: 'Gastronomie et vin',
  nameJa: '美食とワイン',
  searchText: 'gastronomy and wine gastronomie et vin 美食とワイン'
};

// ---- Places (name as the articles write it, in French: 010)
MATCH (n:Place {key: 'place:luxembourg'})
SET n += {
  nameEn: 'Luxembourg',
  nameFr: 'Luxembourg',
  nameJa: 'ルクセンブルク',
  searchText: 'luxembourg grand-duche de luxembourg grand-duche grand duchy of luxembourg letzebuerg ルクセンブルク'
};
MATCH (n:Place {key: 'place:japan'})
SET n += {
  nameEn: 'Japan',
  nameFr: 'Japon',
  nameJa: '日本',
  searchText: 'japon japan nippon 日本'
};
MATCH (n:Place {key: 'place:belgium'})
SET n += {
  nameEn: 'Belgium',
  nameFr: 'Belgique',
  nameJa: 'ベルギー',
  searchText: 'belgique belgium belgie ベルギー'
};
MATCH (n:Place {key: 'place:france'})
SET n += {
  nameEn: 'France',
  nameFr: 'France',
  nameJa: 'フランス',
  searchText: 'france フランス'
};
MATCH (n:Place {key: 'place:china'})
SET n += {
  nameEn: 'China',
  nameFr: 'Chine',
  nameJa: '中国',
  searchText: 'chine china 中国'
};
MATCH (n:Place {key: 'place:wallonia'})
SET n += {
  nameEn: 'Wallonia',
  nameFr: 'Wallonie',
  nameJa: 'ワロン地域',
  searchText: 'wallonie wallonia region wallonne ワロン地域'
};
MATCH (n:Place {key: 'place:brussels'})
SET n += {
  nameEn: 'Brussels',
  nameFr: 'Bruxelles',
  nameJa: 'ブリュッセル',
  searchText: 'bruxelles brussels brussel ブリュッセル'
};
MATCH (n:Place {key: 'place:liege'})
SET n += {
  nameEn: 'Liège',
  nameFr: 'Liège',
  nameJa: 'リエージュ',
  searchText: 'liege luik リエージュ'
};
MATCH (n:Place {key: 'place:waterloo'})
SET n += {
  nameEn: 'Waterloo',
  nameFr: 'Waterloo',
  nameJa: 'ワーテルロー',
  searchText: 'waterloo ワーテルロー'
};
MATCH (n:Place {key: 'place:gosselies'})
SET n += {
  nameEn: 'Gosselies',
  nameFr: 'Gosselies',
  nameJa: 'ゴスリー',
  searchText: 'gosselies ゴスリー'
};
MATCH (n:Place {key: 'place:hauts-de-france'})
SET n += {
  nameEn: 'Hauts-de-France',
  nameFr: 'Hauts-de-France',
  nameJa: 'オー＝ド＝フランス地域圏',
  searchText: 'hauts-de-france オー＝ド＝フランス地域圏'
};
MATCH (n:Place {key: 'place:lille'})
SET n += {
  nameEn: 'Lille',
  nameFr: 'Lille',
  nameJa: 'リール',
  searchText: 'lille リール'
};
MATCH (n:Place {key: 'place:bourgogne-franche-comte'})
SET n += {
  nameEn: 'Bourgogne-Franche-Comté',
  nameFr: 'Bourgogne-Franche-Comté',
  nameJa: 'ブルゴーニュ＝フランシュ＝コンテ地域圏',
  searchText: 'bourgogne-franche-comte bfc burgundy-franche-comte ブルゴーニュ＝フランシュ＝コンテ地域圏'
};
MATCH (n:Place {key: 'place:dijon'})
SET n += {
  nameEn: 'Dijon',
  nameFr: 'Dijon',
  nameJa: 'ディジョン',
  searchText: 'dijon ディジョン'
};
MATCH (n:Place {key: 'place:tokyo'})
SET n += {
  nameEn: 'Tokyo',
  nameFr: 'Tokyo',
  nameJa: '東京',
  searchText: 'tokyo 東京'
};
MATCH (n:Place {key: 'place:osaka'})
SET n += {
  nameEn: 'Osaka',
  nameFr: 'Osaka',
  nameJa: '大阪',
  searchText: 'osaka 大阪'
};
MATCH (n:Place {key: 'place:kyoto'})
SET n += {
  nameEn: 'Kyoto',
  nameFr: 'Kyoto',
  nameJa: '京都',
  searchText: 'kyoto 京都'
};
MATCH (n:Place {key: 'place:aichi'})
SET n += {
  nameEn: 'Aichi Prefecture',
  nameFr: 'Préfecture d’Aichi',
  nameJa: '愛知県',
  searchText: "aichi prefecture d'aichi province de aichi aichi prefecture 愛知県"
};
MATCH (n:Place {key: 'place:nagoya'})
SET n += {
  nameEn: 'Nagoya',
  nameFr: 'Nagoya',
  nameJa: '名古屋',
  searchText: 'nagoya 名古屋'
};
MATCH (n:Place {key: 'place:nagakute'})
SET n += {
  nameEn: 'Nagakute',
  nameFr: 'Nagakute',
  nameJa: '長久手市',
  searchText: 'nagakute 長久手市'
};
MATCH (n:Place {key: 'place:kumamoto-prefecture'})
SET n += {
  nameEn: 'Kumamoto Prefecture',
  nameFr: 'Préfecture de Kumamoto',
  nameJa: '熊本県',
  searchText: 'prefecture de kumamoto kumamoto prefecture 熊本県'
};
MATCH (n:Place {key: 'place:kumamoto'})
SET n += {
  nameEn: 'Kumamoto',
  nameFr: 'Kumamoto',
  nameJa: '熊本市',
  searchText: 'kumamoto kumamoto city ville de kumamoto 熊本市'
};
MATCH (n:Place {key: 'place:hokkaido'})
SET n += {
  nameEn: 'Hokkaido',
  nameFr: 'Hokkaido',
  nameJa: '北海道',
  searchText: 'hokkaido 北海道'
};
MATCH (n:Place {key: 'place:kyushu'})
SET n += {
  nameEn: 'Kyushu',
  nameFr: 'Kyushu',
  nameJa: '九州',
  searchText: 'kyushu 九州'
};
MATCH (n:Place {key: 'place:expo-2025-site'})
SET n += {
  nameEn: 'Expo 2025 Osaka, Kansai site',
  nameFr: 'Site de l’Exposition universelle Osaka-Kansai 2025',
  nameJa: '2025年日本国際博覧会会場',
  searchText: "site de l'exposition universelle osaka-kansai 2025 expo 2025 site site de l'exposition universelle expo 2025 osaka, kansai site 2025年日本国際博覧会会場"
};
