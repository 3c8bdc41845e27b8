import { useState, type FormEvent } from 'react';
import { Link } from '@/lib/router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormErrors } from '@/components/FormErrors';
import { TextField } from '@/components/form';
import { fieldsByPath, REQUIRED, useApiForm, type FormField, type ValidationErrors } from '@/lib/forms';
import { formatDateTime, useI18n } from '@/lib/i18n';
import {
  useColleagues,
  useDecideJoinRequest,
  useInvitations,
  useInviteColleague,
  useJoinRequests,
  useRemoveColleague,
  useRevokeInvitation,
} from '../api/colleagues';

/** O-2: the organisation's members, who asks to join, who is invited; and the form to invite. */
export function Colleagues() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="colleagues-title" className="section">
      <h2 id="colleagues-title">{t('colleagues.title')}</h2>
      <p>
        <Link to="/organisation/introductions">{t('colleagues.toIntroductions')}</Link>
      </p>
      <Members />
      <JoinRequests />
      <InviteForm />
      <Invitations />
    </section>
  );
}

function Members() {
  const { t, language } = useI18n();
  const members = useColleagues();
  const remove = useRemoveColleague();
  if (members.isPending) return <p role="status">{t('colleagues.loading')}</p>;
  if (members.isError) return <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />;
  return (
    <>
      {remove.isError && <ErrorMessage error={remove.error} />}
      <ul className="card-list" aria-label={t('colleagues.members')}>
        {members.data.items.map((member) => (
          <li key={member.id} className="card" data-testid="colleague">
            <p className="card__title" data-testid="colleague-name">
              {member.name ?? t('colleagues.unnamed')}
              {member.you && ` (${t('colleagues.you')})`}
            </p>
            <p>{t('colleagues.joinedAt', { date: formatDateTime(member.joinedAt, language) })}</p>
            <button
              type="button"
              className="button"
              disabled={remove.isPending}
              onClick={() => remove.mutate(member.id)}
              data-testid="colleague-remove"
            >
              {member.you ? t('colleagues.leave') : t('colleagues.remove', { name: member.name ?? '' })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function JoinRequests() {
  const { t, language } = useI18n();
  const requests = useJoinRequests();
  const decide = useDecideJoinRequest();
  if (requests.isPending || requests.isError || requests.data.items.length === 0) return null;
  return (
    <>
      <h3>{t('colleagues.joinRequests')}</h3>
      {decide.isError && <ErrorMessage error={decide.error} />}
      <ul className="card-list">
        {requests.data.items.map((request) => (
          <li key={request.id} className="card" data-testid="join-request">
            <p className="card__title">{request.name ?? request.email ?? t('colleagues.unnamed')}</p>
            {request.email && <p>{request.email}</p>}
            <p>{formatDateTime(request.createdAt, language)}</p>
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: request.id, approve: true })}
              >
                {t('colleagues.approve')}
              </button>
              <button
                type="button"
                className="button"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: request.id, approve: false })}
              >
                {t('colleagues.decline')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function InviteForm() {
  const { t } = useI18n();
  const invite = useInviteColleague();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const fields = {
    email: { id: 'invite-email', label: t('colleagues.invite.email'), messages: { required: REQUIRED } },
  } satisfies Record<string, FormField>;
  const form = useApiForm({
    fieldAt: fieldsByPath(fields),
    validate: (): ValidationErrors => (email.trim() === '' ? { email: REQUIRED } : {}),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    form.submit(event, async () => {
      await invite.mutateAsync(email.trim());
      setSentTo(email.trim());
      setEmail('');
    });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="invite-title">
      <h3 id="invite-title">{t('colleagues.invite.title')}</h3>
      <p>{t('colleagues.invite.intro')}</p>
      <FormErrors form={form} failedHeading={t('colleagues.invite.failed')} />
      {sentTo && (
        <p className="notice notice--success" role="status" data-testid="invite-sent">
          {t('colleagues.invite.sent', { email: sentTo })}
        </p>
      )}
      <TextField
        id={fields.email.id}
        label={t('colleagues.invite.email')}
        type="email"
        required
        autoComplete="off"
        value={email}
        onValueChange={setEmail}
        error={form.errorFor('email')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={form.submitting} data-testid="invite-submit">
          {t('colleagues.invite.submit')}
        </button>
      </div>
    </form>
  );
}

function Invitations() {
  const { t, language } = useI18n();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  if (invitations.isPending || invitations.isError || invitations.data.items.length === 0) return null;
  return (
    <>
      <h3>{t('colleagues.invitations')}</h3>
      <ul className="card-list">
        {invitations.data.items.map((invitation) => (
          <li key={invitation.id} className="card" data-testid="invitation">
            <p className="card__title">{invitation.email}</p>
            <p>{t('colleagues.invitations.until', { date: formatDateTime(invitation.expiresAt, language) })}</p>
            <button
              type="button"
              className="button"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(invitation.id)}
            >
              {t('colleagues.invitations.revoke', { email: invitation.email })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
