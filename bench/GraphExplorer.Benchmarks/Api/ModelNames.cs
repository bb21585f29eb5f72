namespace GraphExplorer.Benchmarks.Api;

/// <summary>
/// Vocabulary of the generated graph's names: French, Belgian and Luxembourgish institution names with accents,
/// Japanese names in Hepburn romanisation (with macrons) and in Japanese script, English expansions and acronyms,
/// so that search meets what the seed articles contain — accents to fold, aliases, acronyms, non-Latin text.
/// Deterministic: every choice comes from the caller's seeded <see cref="Random"/>.
/// </summary>
internal static class ModelNames
{
    private static readonly string[] FrenchPlaces =
    [
        "Liège", "Namur", "Mons", "Charleroi", "Tournai", "Arlon", "Esch-sur-Alzette", "Differdange", "Dudelange",
        "Lille", "Amiens", "Besançon", "Dijon", "Belfort", "Montbéliard", "Mâcon", "Chalon-sur-Saône", "Nevers",
        "Saint-Étienne", "Grenoble", "Orléans", "Nîmes", "Béziers", "Sète", "Pontoise", "Évry", "Créteil", "Valenciennes",
        "Dunkerque", "Roubaix", "Tourcoing", "Auxerre", "Sens", "Vesoul", "Lons-le-Saunier", "Pontarlier", "Épinal",
    ];

    private static readonly string[] JapanesePlaces =
    [
        "Kumamoto", "Fukuoka", "Ōsaka", "Kyōto", "Tōkyō", "Sendai", "Sapporo", "Nagoya", "Kōbe", "Hiroshima", "Niigata",
        "Kagoshima", "Nagasaki", "Ōita", "Okayama", "Shizuoka", "Hamamatsu", "Kanazawa", "Toyama", "Kōchi", "Matsuyama",
        "Takamatsu", "Gifu", "Nara", "Wakayama", "Akita", "Morioka", "Aomori", "Fukushima", "Utsunomiya", "Mito",
    ];

    private static readonly string[] JapaneseScript =
    [
        "熊本", "福岡", "大阪", "京都", "東京", "仙台", "札幌", "名古屋", "神戸", "広島", "新潟", "鹿児島", "長崎", "大分", "岡山",
        "静岡", "浜松", "金沢", "富山", "高知", "松山", "高松", "岐阜", "奈良", "和歌山", "秋田", "盛岡", "青森", "福島", "宇都宮", "水戸",
    ];

    private static readonly string[] FrenchInstitutions =
    [
        "Université", "Institut", "Centre de recherche", "Chambre de commerce", "Agence de développement", "Pôle de compétitivité",
        "Société", "Fédération", "Office", "Conservatoire", "École supérieure", "Établissement public", "Association",
    ];

    private static readonly string[] FrenchFields =
    [
        "sciences appliquées", "génie électrique", "biotechnologies", "énergies renouvelables", "aéronautique", "santé publique",
        "numérique", "agroalimentaire", "matériaux avancés", "économie circulaire", "mécanique de précision", "télécommunications",
        "chimie verte", "logistique", "spatial", "hydrogène", "intelligence artificielle", "cosmétique", "métallurgie", "œnologie",
    ];

    private static readonly string[] EnglishFields =
    [
        "Applied Sciences", "Electrical Engineering", "Biotechnology", "Renewable Energy", "Aeronautics", "Public Health",
        "Digital", "Food Industry", "Advanced Materials", "Circular Economy", "Precision Mechanics", "Telecommunications",
        "Green Chemistry", "Logistics", "Space", "Hydrogen", "Artificial Intelligence", "Cosmetics", "Metallurgy", "Oenology",
    ];

    private static readonly string[] JapaneseSyllables =
    [
        "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se", "so", "ta", "chi", "tsu", "te", "to", "na", "ni", "no",
        "ha", "hi", "fu", "ho", "ma", "mi", "mu", "mo", "ya", "yu", "yo", "ra", "ri", "ru", "re", "ro", "wa", "ga", "gi",
        "go", "da", "de", "do", "ba", "be", "bo", "ō", "ū", "kō", "shō", "ryū", "jū",
    ];

    private static readonly string[] JapaneseSuffixes =
    [
        "Seisakusho", "Denki Kōgyō", "Shōji", "Kagaku", "Jūkōgyō", "Seiyaku", "Tsūshin", "Giken", "Sangyō", "Shokuhin",
    ];

    private static readonly string[] KanjiSuffixes = ["製作所", "電気工業", "商事", "化学", "重工業", "製薬", "通信", "技研", "産業", "食品"];

    private static readonly string[] CompanyStems =
    [
        "Nord", "Lux", "Vita", "Terra", "Aqua", "Helio", "Cyber", "Agri", "Bio", "Astro", "Hydro", "Ortho", "Quanti", "Ferro",
        "Sylva", "Medi", "Opti", "Petro", "Sono", "Velo", "Zeni", "Orbi", "Lumi", "Ceri", "Dyna",
    ];

    private static readonly string[] CompanyEndings = ["tek", "gen", "via", "lis", "nova", "cap", "flux", "mind", "sense", "wave", "core"];

    private static readonly string[] CompanyForms = ["S.A.", "SARL", "SAS", "S.à r.l.", "SRL", "K.K.", "GmbH", "NV"];

    public static readonly string[] FirstNames =
    [
        "Hélène", "François", "Zoé", "Jérôme", "Amélie", "Benoît", "Cécile", "Léon", "Noémie", "Thérèse", "Raphaël", "Anaïs",
        "Kenji", "Yūko", "Hiroshi", "Sachiko", "Takeshi", "Emi", "Shōhei", "Akiko", "Jun", "Mariko",
    ];

    public static readonly string[] LastNames =
    [
        "Dubois", "Lefèvre", "Mertens", "Peeters", "Schmit", "Weber", "Gérard", "Noël", "Marchal", "Lemaître", "Thiry",
        "Takahashi", "Satō", "Itō", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Katō", "Yoshida", "Saitō",
    ];

    public static readonly string[] Countries =
    [
        "Japon|日本", "Luxembourg|Lëtzebuerg", "Belgique|België", "France|France", "Allemagne|Deutschland", "Corée du Sud|대한민국",
        "Canada|Canada", "Suisse|Schweiz", "Italie|Italia", "Espagne|España", "Pays-Bas|Nederland", "Singapour|Singapore",
        "Viêt Nam|Việt Nam", "Taïwan|臺灣", "Australie|Australia", "Québec|Québec", "Norvège|Norge", "Suède|Sverige",
        "Danemark|Danmark", "Autriche|Österreich",
    ];

    public static readonly string[] Sectors =
    [
        "Aerospace|Aérospatial", "Space|Spatial", "Biotechnology|Biotechnologies", "Health|Santé", "Digital|Numérique",
        "Energy|Énergie", "Hydrogen|Hydrogène", "Agrifood|Agroalimentaire", "Culture|Culture", "Education|Éducation",
        "Research|Recherche", "Finance|Finance", "Logistics|Logistique", "Tourism|Tourisme", "Automotive|Automobile",
        "Materials|Matériaux", "Chemistry|Chimie", "Cosmetics|Cosmétique", "Wine|Vin", "Audiovisual|Audiovisuel",
        "Robotics|Robotique", "Semiconductors|Semi-conducteurs", "Water|Eau", "Construction|Construction",
    ];

    /// <summary>A city name and, for Japanese cities, its name in Japanese script.</summary>
    public static (string Name, string? Original) City(Random random, int index)
    {
        if (index % 3 == 0)
        {
            var i = random.Next(JapanesePlaces.Length);
            var suffix = index < JapanesePlaces.Length * 3 ? "" : "-" + JapaneseWord(random, 2);
            return (JapanesePlaces[i] + suffix, suffix.Length == 0 ? JapaneseScript[i] : null);
        }

        var name = FrenchPlaces[random.Next(FrenchPlaces.Length)];
        return index < FrenchPlaces.Length * 3 ? (name, null) : ($"{name}-{Pick(random, ["lès", "sur", "en"])}-{Pick(random, FrenchPlaces)}", null);
    }

    /// <summary>
    /// An organisation: its name, aliases (acronym, English expansion) and an optional Japanese name. Three styles:
    /// French institution (accented, acronym of its initials), Japanese company (macrons, Japanese script), brand company.
    /// </summary>
    public static (string Name, List<string> Aliases, string? NameJa) Organization(Random random, string city, int index)
    {
        switch (index % 4)
        {
            case 0 or 1:
            {
                var field = random.Next(FrenchFields.Length);
                var institution = Pick(random, FrenchInstitutions);
                var name = $"{institution} {(StartsWithVowel(city) ? "d’" : "de ")}{city} – {FrenchFields[field]}";
                var english = $"{city} {Translate(institution)} of {EnglishFields[field]}";
                return (name, [Acronym(name, index), english], null);
            }

            case 2:
            {
                var family = JapaneseWord(random, 2 + random.Next(2));
                var suffix = random.Next(JapaneseSuffixes.Length);
                var name = $"{Capitalise(family)} {JapaneseSuffixes[suffix]}";
                return (name, [Acronym(name, index), $"{Capitalise(family)} Co., Ltd."],
                    random.Next(2) == 0 ? JapaneseScript[random.Next(JapaneseScript.Length)] + KanjiSuffixes[suffix] + "株式会社" : null);
            }

            default:
            {
                var brand = Pick(random, CompanyStems) + Pick(random, CompanyEndings);
                var name = $"{brand} {Pick(random, ["Solutions", "Systems", "Technologies", "Industries", "Labs", "Énergie"])} {Pick(random, CompanyForms)}";
                return (name, [Acronym(name, index)], null);
            }
        }
    }

    public static string Person(Random random) => $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The initials of the name's capitalised words plus a base-26 suffix of the index, so acronyms are (nearly) unique as in real data.</summary>
    private static string Acronym(string name, int index)
    {
        var initials = string.Concat(name.Split(' ', '-').Where(w => w.Length > 2 && char.IsUpper(w[0])).Select(w => RemoveAccent(w[0])));
        var suffix = "";
        for (var i = index / 4; i > 0; i /= 26)
        {
            suffix = (char)('A' + (i % 26)) + suffix;
        }

        return initials + suffix;
    }

    private static string JapaneseWord(Random random, int syllables) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => Pick(random, JapaneseSyllables))).TrimStart('ō', 'ū');

    private static string Translate(string institution) => institution switch
    {
        "Université" => "University",
        "Institut" => "Institute",
        "Centre de recherche" => "Research Centre",
        "Chambre de commerce" => "Chamber of Commerce",
        "Agence de développement" => "Development Agency",
        "Pôle de compétitivité" => "Competitiveness Cluster",
        "École supérieure" => "School",
        _ => institution,
    };

    private static bool StartsWithVowel(string word) => "AEIOUÉÈÊÂÎÔÛŌŪaeiou".Contains(word[0], StringComparison.Ordinal);

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static char RemoveAccent(char c) =>
        c.ToString().Normalize(System.Text.NormalizationForm.FormD)[0];
}
