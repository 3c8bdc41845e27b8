import type { MessageKey } from '@/lib/i18n';
import type { OwnProfile } from '../api/start-queries';

/** The parts of a profile that make it findable and convincing, each with its label. */
const PARTS: readonly { label: MessageKey; filled: (profile: OwnProfile) => boolean }[] = [
  { label: 'start.profile.part.headline', filled: (p) => p.headline.trim() !== '' },
  { label: 'start.profile.part.summary', filled: (p) => Boolean(p.summary?.trim()) },
  { label: 'start.profile.part.skills', filled: (p) => p.skills.length > 0 },
  { label: 'start.profile.part.experience', filled: (p) => p.experience.length > 0 },
  { label: 'start.profile.part.education', filled: (p) => p.education.length > 0 },
  { label: 'start.profile.part.availability', filled: (p) => Boolean(p.availableFrom) && p.hoursPerWeek != null },
  { label: 'start.profile.part.rate', filled: (p) => p.rateMinCents != null || p.rateMaxCents != null },
  { label: 'start.profile.part.cv', filled: (p) => p.cv != null },
];

export interface Completeness {
  percent: number;
  missing: MessageKey[];
}

/** How complete a profile is (0 without one), and what is still missing. */
export function profileCompleteness(profile: OwnProfile | null): Completeness {
  if (!profile) return { percent: 0, missing: PARTS.map((part) => part.label) };
  const missing = PARTS.filter((part) => !part.filled(profile)).map((part) => part.label);
  return { percent: Math.round(((PARTS.length - missing.length) / PARTS.length) * 100), missing };
}
