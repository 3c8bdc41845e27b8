import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export const ASSIGNMENT_ID = '5b0c1d2e-3f40-4a51-8b62-7c8d9e0f1a2b';

export function publicAssignment(overrides: Partial<Schemas['PublicAssignment']> = {}): Schemas['PublicAssignment'] {
  return {
    id: ASSIGNMENT_ID,
    title: 'Scrum master voor zaakgericht werken',
    description: 'Wij zoeken een ervaren scrum master.\n\nTwee teams, Utrecht.',
    region: '3511',
    remote: 'HYBRID',
    startDate: '2026-09-01',
    durationWeeks: 26,
    hoursPerWeek: 32,
    rateMinCents: 8500,
    rateMaxCents: 11050,
    skills: ['scrum', 'jira'],
    questions: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000001',
        kind: 'YES_NO',
        text: 'Heb je een VOG?',
        required: true,
        options: [],
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000002',
        kind: 'CHOICE',
        text: 'Beschikbaarheid',
        required: false,
        options: ['Direct', 'Binnen een maand'],
      },
    ],
    validThrough: '2099-12-31',
    publishedAt: '2026-05-01T09:00:00Z',
    procedureStatus: 'OPEN',
    hiringOrganization: null,
    jobPosting: {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Scrum master voor zaakgericht werken',
      hiringOrganization: { '@type': 'Organization', name: 'Werkbank' },
    },
    ...overrides,
  };
}

export function managedAssignment(overrides: Partial<Schemas['ManagedAssignment']> = {}): Schemas['ManagedAssignment'] {
  return {
    id: ASSIGNMENT_ID,
    status: 'PUBLISHED',
    rejectionReason: null,
    title: 'Scrum master voor zaakgericht werken',
    description: 'Wij zoeken een ervaren scrum master.',
    region: '3511',
    remote: 'HYBRID',
    startDate: null,
    durationWeeks: null,
    hoursPerWeek: 32,
    rateMinCents: 8500,
    rateMaxCents: null,
    skills: ['scrum'],
    questions: [],
    validThrough: '2099-12-31',
    nameOrganisation: false,
    procedureStatus: 'OPEN',
    procedureUpdates: [],
    organisation: null,
    poster: {
      name: 'Paula Plaatser',
      organisation: 'Gemeente Testdorp',
      email: 'paula@example.nl',
      phone: '06 12345678',
      emailVerified: true,
    },
    publishedAt: '2026-05-01T09:00:00Z',
    closedAt: null,
    createdAt: '2026-04-28T09:00:00Z',
    updatedAt: '2026-05-01T09:00:00Z',
    ...overrides,
  };
}
