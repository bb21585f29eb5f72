// 012_reference_coordinates.cypher — where the reference places of 010 lie, for the explorer's map: `location`, a
// WGS 84 point (longitude, latitude). Reference data, not a claim of any article (no article gives coordinates):
// - countries: the country's representative point in the world-countries data set (npm `world-countries`,
//   field `latlng`, from mledoze/countries), rounded to 0.01°;
// - cities: the city centre as the GeoNames gazetteer places it, rounded to 0.01° (about 1 km);
// - regions, prefectures and the Expo 2025 site: an approximate centre, rounded to 0.1° for a region or
//   prefecture (its extent is far larger than that) and to 0.01° for the site (Yumeshima island, Osaka Bay).
// A place without coordinates (the pavilions, the Opéra de Lille, the Hub Tech Japon) is drawn at the nearest place
// it is PART_OF that has them: the API says which place gave the coordinates, never a finer position.
// Idempotent: MATCH on key, then SET. Runs after 010, as one transaction; touches nothing an article states.

UNWIND [
  {key: 'place:luxembourg', latitude: 49.75, longitude: 6.17},
  {key: 'place:japan', latitude: 36.0, longitude: 138.0},
  {key: 'place:belgium', latitude: 50.83, longitude: 4.0},
  {key: 'place:france', latitude: 46.0, longitude: 2.0},
  {key: 'place:china', latitude: 35.0, longitude: 105.0},
  {key: 'place:wallonia', latitude: 50.3, longitude: 4.8},
  {key: 'place:brussels', latitude: 50.85, longitude: 4.35},
  {key: 'place:liege', latitude: 50.63, longitude: 5.57},
  {key: 'place:waterloo', latitude: 50.71, longitude: 4.40},
  {key: 'place:gosselies', latitude: 50.47, longitude: 4.43},
  {key: 'place:hauts-de-france', latitude: 50.0, longitude: 2.8},
  {key: 'place:lille', latitude: 50.63, longitude: 3.06},
  {key: 'place:bourgogne-franche-comte', latitude: 47.2, longitude: 5.0},
  {key: 'place:dijon', latitude: 47.32, longitude: 5.04},
  {key: 'place:tokyo', latitude: 35.69, longitude: 139.69},
  {key: 'place:osaka', latitude: 34.69, longitude: 135.50},
  {key: 'place:kyoto', latitude: 35.02, longitude: 135.75},
  {key: 'place:aichi', latitude: 35.0, longitude: 137.2},
  {key: 'place:nagoya', latitude: 35.18, longitude: 136.91},
  {key: 'place:nagakute', latitude: 35.18, longitude: 137.05},
  {key: 'place:kumamoto-prefecture', latitude: 32.6, longitude: 130.8},
  {key: 'place:kumamoto', latitude: 32.80, longitude: 130.71},
  {key: 'place:hokkaido', latitude: 43.4, longitude: 142.8},
  {key: 'place:kyushu', latitude: 32.6, longitude: 131.0},
  {key: 'place:expo-2025-site', latitude: 34.65, longitude: 135.38}
] AS row
MATCH (n:Place {key: row.key})
SET n.location = point({longitude: row.longitude, latitude: row.latitude});
