export interface SlaPolicy {
  responseHours: number;
  onSiteHours: number;
  progressHours: number;
}

/**
 * Urgent (safety) tickets get half the on-site time: the digest's critical-outage rule is on site
 * within 1 h of a 2 h norm. A normal ticket's visit is booked by the customer, so on-site is due at
 * the end of the booked window — never earlier than the on-site commitment allows.
 */
export function slaDeadlines(createdAt: Date, policy: SlaPolicy, priority: 'normal' | 'urgent', bookedWindowEnd?: Date) {
  const hour = 60 * 60 * 1000;
  const onSiteHours = priority === 'urgent' ? policy.onSiteHours / 2 : policy.onSiteHours;
  const committed = createdAt.getTime() + onSiteHours * hour;
  const onSite = priority === 'normal' && bookedWindowEnd ? Math.max(committed, bookedWindowEnd.getTime()) : committed;
  return {
    responseDueAt: new Date(createdAt.getTime() + policy.responseHours * hour).toISOString(),
    onSiteDueAt: new Date(onSite).toISOString(),
  };
}
