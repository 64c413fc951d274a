/** Coordinates as readers write them: "48.2833° N, 37.1833° E" (as given, up to four decimals). */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toLocaleString("en", { maximumFractionDigits: 4 })}° ${value < 0 ? negative : positive}`;
  return `${part(lat, "N", "S")}, ${part(lon, "E", "W")}`;
}
