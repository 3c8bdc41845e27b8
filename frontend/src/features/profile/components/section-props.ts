import type { ProfileFormValues } from './profile-form-model';

/** What each section of the profile form gets: the values, one way to change them, the errors. */
export interface ProfileSectionProps {
  values: ProfileFormValues;
  update: <K extends keyof ProfileFormValues>(key: K, value: ProfileFormValues[K]) => void;
  errorFor: (path: string) => string | undefined;
}
