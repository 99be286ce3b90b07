/** Region → service point; the `*` entry serves every region not listed. */
export type ServicePointMap = Readonly<Record<string, string>>;

export const DEFAULT_SERVICE_POINT = 'headquarters';

/**
 * The service point a ticket is dispatched to (seed digest: dispatch to the service point of the
 * customer's region). Regions compare without case, so "Shanghai" and "shanghai" are one region.
 */
export function servicePointFor(region: string, map: ServicePointMap): string {
  const wanted = region.trim().toLowerCase();
  const hit = Object.entries(map).find(([key]) => key.trim().toLowerCase() === wanted);
  return hit?.[1] ?? map['*'] ?? DEFAULT_SERVICE_POINT;
}
