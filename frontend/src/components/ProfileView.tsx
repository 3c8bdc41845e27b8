import { useId } from 'react';
import type { components } from '@/lib/api';
import { formatDate, formatEuros, formatMonth, languageName, useI18n, type Language, type Translate } from '@/lib/i18n';

export type PublicProfile = components['schemas']['PublicProfile'];
export type MemberProfile = components['schemas']['MemberProfile'];
export type ProfileShape = PublicProfile | MemberProfile;

type HeadingLevel = 2 | 3;

/** Region as shown: "ABROAD" → abroad; a postcode area ("3511" or "35xx") as is. */
export function regionLabel(region: string, t: Translate): string {
  return region === 'ABROAD' ? t('profileView.abroad') : t('profileView.postcodeArea', { area: region });
}

export function rateLabel(
  min: number | null | undefined,
  max: number | null | undefined,
  language: Language,
  t: Translate,
) {
  if (min != null && max != null) {
    return t('profileView.rateRange', { min: formatEuros(min, language), max: formatEuros(max, language) });
  }
  if (min != null) return t('profileView.rateFrom', { min: formatEuros(min, language) });
  if (max != null) return t('profileView.rateUpTo', { max: formatEuros(max, language) });
  return undefined;
}

function period(start: string, end: string | null | undefined, language: Language, t: Translate): string {
  return t('profileView.period', {
    start: formatMonth(start, language),
    end: end ? formatMonth(end, language) : t('profileView.present'),
  });
}

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel | 4;
  id?: string;
  className?: string;
  children: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/**
 * Renders a profile exactly in the shape the API returned (`shape`: public or member). The SPA
 * never decides what a viewer may see: a public profile simply has no name, client or contact.
 */
export function ProfileView({ profile, headingLevel = 2 }: { profile: ProfileShape; headingLevel?: HeadingLevel }) {
  const { t, language } = useI18n();
  const headingId = useId();
  const sub = (headingLevel + 1) as HeadingLevel | 4;
  const member = profile.shape === 'member' ? profile : undefined;
  const region = member ? member.region : (profile as PublicProfile).regionArea;
  const rate = rateLabel(profile.rateMinCents, profile.rateMaxCents, language, t);

  return (
    <article className="profile-view" aria-labelledby={headingId} data-shape={profile.shape} data-testid="profile-view">
      <Heading level={headingLevel} id={headingId} className="profile-view__name">
        {member ? member.displayName : t('profileView.anonymous')}
      </Heading>
      <p className="profile-view__headline" data-testid="profile-headline">
        {profile.headline}
      </p>
      {profile.summary && <p className="profile-view__summary">{profile.summary}</p>}

      <dl className="details">
        <div>
          <dt>{t('profileView.skills')}</dt>
          <dd>
            {profile.skills.length > 0 ? (
              <ul className="tag-list">
                {profile.skills.map((skill) => (
                  <li key={skill} className="tag">
                    {skill}
                  </li>
                ))}
              </ul>
            ) : (
              <em>{t('profileView.none')}</em>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('profileView.region')}</dt>
          <dd data-testid="profile-region">{regionLabel(region, t)}</dd>
        </div>
        <div>
          <dt>{t('profileView.availability')}</dt>
          <dd>
            {profile.availableFrom
              ? t('profileView.availableFrom', { date: formatDate(profile.availableFrom, language) })
              : t('profileView.availableUnknown')}
            {profile.hoursPerWeek != null && ` · ${t('profileView.hours', { hours: profile.hoursPerWeek })}`}
          </dd>
        </div>
        {rate && (
          <div>
            <dt>{t('profileView.rate')}</dt>
            <dd>{rate}</dd>
          </div>
        )}
        <div>
          <dt>{t('profileView.languages')}</dt>
          <dd>
            {profile.languages.length > 0 ? (
              profile.languages.map((code) => languageName(code, language)).join(', ')
            ) : (
              <em>{t('profileView.none')}</em>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('profileView.cv')}</dt>
          <dd>{t(profile.hasCv ? 'profileView.cvYes' : 'profileView.cvNo')}</dd>
        </div>
      </dl>

      <Heading level={sub}>{t('profileView.experience')}</Heading>
      {profile.experience.length > 0 ? (
        <ul className="entry-list">
          {profile.experience.map((entry, index) => (
            <li key={`${entry.role}-${entry.startMonth}-${index}`}>
              <p className="entry-list__title">
                {entry.role}
                {member && member.experience[index]?.clientName ? <> · {member.experience[index]?.clientName}</> : null}
              </p>
              <p className="entry-list__meta">{period(entry.startMonth, entry.endMonth, language, t)}</p>
              {entry.tasks && <p>{entry.tasks}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <em>{t('profileView.none')}</em>
        </p>
      )}

      <Heading level={sub}>{t('profileView.education')}</Heading>
      {member ? (
        member.education.length > 0 ? (
          <ul className="entry-list">
            {member.education.map((entry, index) => (
              <li key={`${entry.qualification}-${index}`}>
                <p className="entry-list__title">{entry.qualification}</p>
                {(entry.institution || entry.year != null) && (
                  <p className="entry-list__meta">
                    {[entry.institution, entry.year].filter((part) => part != null && part !== '').join(' · ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>
            <em>{t('profileView.none')}</em>
          </p>
        )
      ) : (profile as PublicProfile).qualifications.length > 0 ? (
        <ul className="entry-list">
          {(profile as PublicProfile).qualifications.map((qualification, index) => (
            <li key={`${qualification}-${index}`}>
              <p className="entry-list__title">{qualification}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          <em>{t('profileView.none')}</em>
        </p>
      )}
    </article>
  );
}
