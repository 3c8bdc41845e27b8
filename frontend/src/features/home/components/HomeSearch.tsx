import { useState } from 'react';
import { useNavigate } from '@/lib/router';
import { useI18n } from '@/lib/i18n';
import { ANYWHERE, PLACES, REMOTE, searchPath, WHERE_LABELS } from './places';

/** "Wat" and "waar": leads to the assignment list with those criteria. */
export function HomeSearch() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [what, setWhat] = useState('');
  const [where, setWhere] = useState(ANYWHERE);
  return (
    <form
      role="search"
      aria-label={t('home.search.label')}
      className="home-search"
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(searchPath(what, where));
      }}
    >
      <div className="home-search__field">
        <label htmlFor="home-what">{t('home.search.what')}</label>
        <input
          id="home-what"
          type="search"
          value={what}
          maxLength={100}
          placeholder={t('home.search.whatExample')}
          data-testid="home-what"
          onChange={(event) => setWhat(event.target.value)}
        />
      </div>
      <div className="home-search__field">
        <label htmlFor="home-where">{t('home.search.where')}</label>
        <select
          id="home-where"
          value={where}
          data-testid="home-where"
          onChange={(event) => setWhere(event.target.value)}
        >
          <option value={ANYWHERE}>{t(WHERE_LABELS[ANYWHERE])}</option>
          <option value={REMOTE}>{t(WHERE_LABELS[REMOTE])}</option>
          {PLACES.map((place) => (
            <option key={place.region} value={place.region}>
              {place.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary" data-testid="home-search-submit">
        {t('home.search.submit')}
      </button>
    </form>
  );
}
