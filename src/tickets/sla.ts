export interface SlaPolicy {
  responseHours: number;
  onSiteHours: number;
  progressHours: number;
}

/** Urgent (safety) tickets get half the on-site time: the digest's critical-outage rule is on site within 1 h of a 2 h norm. */
export function slaDeadlines(createdAt: Date, policy: SlaPolicy, priority: 'normal' | 'urgent') {
  const hour = 60 * 60 * 1000;
  const onSiteHours = priority === 'urgent' ? policy.onSiteHours / 2 : policy.onSiteHours;
  return {
    responseDueAt: new Date(createdAt.getTime() + policy.responseHours * hour).toISOString(),
    onSiteDueAt: new Date(createdAt.getTime() + onSiteHours * hour).toISOString(),
  };
}
