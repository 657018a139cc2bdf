export interface Point {
  latitude: number
  longitude: number
}

const EARTH_RADIUS_KM = 6371.0088
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in kilometres (haversine): close enough for "which is nearest" in a region. */
export const distanceKm = (a: Point, b: Point): number => {
  const dLat = radians(b.latitude - a.latitude)
  const dLon = radians(b.longitude - a.longitude)
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** A point when both coordinates are numbers, else null. */
export const pointOf = (value?: { latitude?: number | null; longitude?: number | null } | null): Point | null =>
  typeof value?.latitude === 'number' && typeof value.longitude === 'number'
    ? { latitude: value.latitude, longitude: value.longitude }
    : null
