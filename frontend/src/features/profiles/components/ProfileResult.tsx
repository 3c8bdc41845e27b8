import { Link } from '@/lib/router';
import { rateLabel, regionLabel, type ProfileShape } from '@/components/ProfileView';
import { formatDate, useI18n } from '@/lib/i18n';

/** One search hit, rendered by its `shape`: a member hit has a name, a public one has not. */
export function ProfileResult({ profile }: { profile: ProfileShape }) {
  const { t, language } = useI18n();
  const region = profile.shape === 'member' ? profile.region : profile.regionArea;
  const rate = rateLabel(profile.rateMinCents, profile.rateMaxCents, language, t);
  return (
    <li className="card" data-testid="profile-result" data-shape={profile.shape}>
      <h3 className="card__title">
        <Link to={`/profiles/${profile.id}`}>
          {profile.shape === 'member'
            ? profile.displayName
            : t('profileView.anonymousWithHeadline', { headline: profile.headline })}
        </Link>
      </h3>
      {profile.shape === 'member' && <p className="card__subtitle">{profile.headline}</p>}
      {profile.skills.length > 0 && (
        <ul className="tag-list" aria-label={t('profileView.skills')}>
          {profile.skills.map((skill) => (
            <li key={skill} className="tag">
              {skill}
            </li>
          ))}
        </ul>
      )}
      <p className="card__meta">
        {[
          regionLabel(region, t),
          profile.availableFrom
            ? t('profileView.availableFrom', { date: formatDate(profile.availableFrom, language) })
            : undefined,
          profile.hoursPerWeek != null ? t('profileView.hours', { hours: profile.hoursPerWeek }) : undefined,
          rate,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
