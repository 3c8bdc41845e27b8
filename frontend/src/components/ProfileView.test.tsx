import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/lib/i18n';
import { memberProfile, publicProfile } from '@/testing/fixtures';
import { ProfileView, type ProfileShape } from './ProfileView';

function renderView(profile: ProfileShape, language: 'nl' | 'en' = 'nl') {
  return render(
    <I18nProvider initialLanguage={language}>
      <ProfileView profile={profile} />
    </I18nProvider>,
  );
}

describe('ProfileView', () => {
  it('renders the public shape without a name: anonymous heading, region area, qualifications', () => {
    renderView(publicProfile());
    const article = screen.getByRole('article', { name: 'Anonieme professional' });
    expect(article).toHaveAttribute('data-shape', 'public');
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent('Anonieme professional');
    expect(screen.getByTestId('profile-headline')).toHaveTextContent('Interim projectleider ICT');
    expect(screen.getByTestId('profile-region')).toHaveTextContent('Postcodegebied 35xx');
    expect(article).toHaveTextContent('MSc Informatica');
    expect(article).toHaveTextContent('€ 85 tot € 110');
    expect(article).not.toHaveTextContent('Petra');
    expect(article).not.toHaveTextContent('Gemeente Utrecht');
  });

  it('renders the member shape with name, client names and education details', () => {
    renderView(memberProfile(), 'en');
    const article = screen.getByRole('article', { name: 'Petra de Vries' });
    expect(article).toHaveAttribute('data-shape', 'member');
    expect(article).toHaveTextContent('Projectleider · Gemeente Utrecht');
    expect(article).toHaveTextContent('April 2021 to present');
    expect(article).toHaveTextContent('Universiteit Utrecht · 2004');
    expect(screen.getByTestId('profile-region')).toHaveTextContent('Postcode area 3511');
    expect(article).toHaveTextContent('Available from 1 March 2026');
    expect(article).toHaveTextContent('Dutch');
  });

  it('shows ABROAD as a word, not a code', () => {
    renderView(publicProfile({ regionArea: 'ABROAD' }), 'en');
    expect(screen.getByTestId('profile-region')).toHaveTextContent('Abroad');
  });
});
