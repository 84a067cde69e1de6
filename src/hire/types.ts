// What a seasonal hire looks like, how long it takes to get one on live tickets, and the answer `hire` gives.
/** A seasonal hire: always seniority "new", so never on call and paired in the first live week. */
export interface HireProfile {
  name: string;
  maxDaysPerWeek: number;
  maxHoursPerWeek: number;
  weekends: boolean;
  hourlyCost: number;
  /** last day on tickets: YYYY-MM-DD, or MM-DD for the first such date after the hire goes live; none = to the end */
  availableTo?: string;
}

export interface HireSettings {
  profiles: HireProfile[];
  /** days from opening the job ad to the first day of onboarding (interviews, offer, notice) */
  recruitingDays: number;
  /** days of onboarding (systems training, holiday policies) before the first live day */
  onboardingDays: number;
  /** most first-week hires in one cohort; undefined = from the mentors on shift in the roster */
  maxCohort?: number;
  /** most roster solves one `hire` run spends verifying and repairing */
  maxSolves: number;
}

/**
 * Defaults from the practitioners (../shared/DOMAIN.md): "allow 2 to 3 weeks of onboarding before they take real tickets"
 * (14 days, the short end); "recruit in September or early October" for hires live from mid-November, which leaves
 * about four weeks from the job ad to the first onboarding day (28 days). Seasonal contracts run to mid-January,
 * when the returns wave has passed (DOMAIN: "stay elevated until mid-January"). Cost: the sample's new hires (22-23/h).
 */
export function defaultHireSettings(): HireSettings {
  return {
    profiles: [{ name: "full-time", maxDaysPerWeek: 5, maxHoursPerWeek: 40, weekends: true, hourlyCost: 22, availableTo: "01-15" }],
    recruitingDays: 28,
    onboardingDays: 14,
    maxSolves: 12,
  };
}

/** One group of hires of one profile who go live on the same day. */
export interface Cohort {
  profile: HireProfile;
  count: number;
  /** first day on live tickets (paired for the first week) */
  liveFrom: string;
  onboardingFrom: string;
  /** latest day to open the job ad */
  recruitBy: string;
  /** last day of the paired first week */
  pairedUntil: string;
}
