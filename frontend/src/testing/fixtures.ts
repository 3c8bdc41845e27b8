import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export const PROFILE_ID = '3f2b6c1e-8a4d-4c2e-9b1f-5d6e7f809a1b';
export const ORGANISATION_ID = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export function ownProfile(overrides: Partial<Schemas['OwnProfile']> = {}): Schemas['OwnProfile'] {
  return {
    id: PROFILE_ID,
    visibility: 'ANONYMOUS',
    restricted: false,
    displayName: 'Petra de Vries',
    headline: 'Interim projectleider ICT',
    summary: 'Twintig jaar ervaring.',
    freeTextPublic: false,
    skills: ['java', 'scrum'],
    experience: [
      { role: 'Projectleider', clientName: 'Gemeente Utrecht', startMonth: '2021-04', endMonth: null, tasks: null },
    ],
    education: [],
    region: '3511',
    availableFrom: null,
    hoursPerWeek: 32,
    rateMinCents: 8500,
    rateMaxCents: 11000,
    languages: ['nl', 'en'],
    contact: { displayName: 'Petra de Vries', email: 'petra@example.nl', phone: null, callTimes: null },
    cv: null,
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-01-10T09:00:00Z',
    ...overrides,
  };
}

export function publicProfile(overrides: Partial<Schemas['PublicProfile']> = {}): Schemas['PublicProfile'] {
  return {
    shape: 'public',
    id: PROFILE_ID,
    headline: 'Interim projectleider ICT',
    summary: null,
    skills: ['java', 'scrum'],
    experience: [{ role: 'Projectleider', startMonth: '2021-04', endMonth: null, tasks: null }],
    qualifications: ['MSc Informatica'],
    regionArea: '35xx',
    availableFrom: '2026-03-01',
    hoursPerWeek: 32,
    rateMinCents: 8500,
    rateMaxCents: 11000,
    languages: ['nl'],
    hasCv: true,
    ...overrides,
  };
}

export function memberProfile(overrides: Partial<Schemas['MemberProfile']> = {}): Schemas['MemberProfile'] {
  return {
    shape: 'member',
    id: PROFILE_ID,
    displayName: 'Petra de Vries',
    headline: 'Interim projectleider ICT',
    summary: 'Twintig jaar ervaring.',
    skills: ['java', 'scrum'],
    experience: [
      {
        role: 'Projectleider',
        clientName: 'Gemeente Utrecht',
        startMonth: '2021-04',
        endMonth: null,
        tasks: 'Aanbesteding',
      },
    ],
    education: [{ institution: 'Universiteit Utrecht', qualification: 'MSc Informatica', year: 2004 }],
    region: '3511',
    availableFrom: '2026-03-01',
    hoursPerWeek: 32,
    rateMinCents: 8500,
    rateMaxCents: 11000,
    languages: ['nl'],
    hasCv: true,
    contactAvailable: true,
    ...overrides,
  };
}

export function organisation(overrides: Partial<Schemas['Organisation']> = {}): Schemas['Organisation'] {
  return {
    id: ORGANISATION_ID,
    name: 'Jansen Consultancy BV',
    kvkNumber: '12345678',
    verified: false,
    verifiedAt: null,
    createdAt: '2026-01-05T10:00:00Z',
    ...overrides,
  };
}
