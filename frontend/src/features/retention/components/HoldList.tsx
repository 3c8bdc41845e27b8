import { useState } from 'react';
import { ErrorMessage } from '@/components/ErrorMessage';
import { LoadMore } from '@/components/LoadMore';
import { RadioGroup, TextAreaField } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useFocusAfterRender } from '@/lib/focus';
import { formatDateTime, useI18n, type Translate } from '@/lib/i18n';
import { useHolds, useReleaseHold, type LegalHold } from '../api/retention';
import { categoryName } from './labels';

type Shown = 'active' | 'released';

function describeHold(hold: LegalHold, t: Translate): string {
  return hold.subjectId
    ? t('retention.holds.subject', { subjectId: hold.subjectId })
    : t('retention.holds.record', {
        category: categoryName(hold.category ?? '', t),
        recordKey: hold.recordKey ?? '',
      });
}

/** T-5: the active or the released holds; an active one is released with a reason. */
export function HoldList() {
  const { t } = useI18n();
  const [shown, setShown] = useState<Shown>('active');
  const holds = useHolds(shown === 'active');
  const [released, setReleased] = useState(false);

  let content;
  if (holds.isPending) content = <p role="status">{t('retention.loading')}</p>;
  else if (holds.isError && !holds.data)
    content = <ErrorMessage error={holds.error} onRetry={() => void holds.refetch()} />;
  else {
    const items = holds.data.pages.flatMap((page) => page.items);
    content =
      items.length === 0 ? (
        <p data-testid="holds-empty">
          {t(shown === 'active' ? 'retention.holds.emptyActive' : 'retention.holds.emptyReleased')}
        </p>
      ) : (
        <>
          <ul className="card-list" data-testid="holds">
            {items.map((hold) => (
              <HoldItem key={hold.id} hold={hold} onReleased={() => setReleased(true)} />
            ))}
          </ul>
          <LoadMore
            hasMore={holds.hasNextPage}
            loading={holds.isFetchingNextPage}
            onLoadMore={() => void holds.fetchNextPage()}
            shown={items.length}
            testId="holds-more"
          />
        </>
      );
  }

  return (
    <>
      <RadioGroup<Shown>
        id="holds-shown"
        name="holds-shown"
        legend={t('retention.holds.show')}
        value={shown}
        onValueChange={(value) => {
          setReleased(false);
          setShown(value);
        }}
        options={[
          { value: 'active', label: t('retention.holds.active'), testId: 'holds-active' },
          { value: 'released', label: t('retention.holds.released'), testId: 'holds-released' },
        ]}
      />
      <p role="status" data-testid="hold-released">
        {released && t('retention.holds.releasedDone')}
      </p>
      {content}
    </>
  );
}

function HoldItem({ hold, onReleased }: { hold: LegalHold; onReleased: () => void }) {
  const { t, language } = useI18n();
  const release = useReleaseHold(hold.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const focusAfterRender = useFocusAfterRender();
  const what = describeHold(hold, t);
  const reasonId = `hold-${hold.id}-release-reason`;
  const alreadyReleased = release.error instanceof ApiError && release.error.status === 409;

  return (
    <li className="card" data-testid="hold">
      <p className="card__title break">{what}</p>
      <p className="break">{t('retention.holds.reason', { reason: hold.reason })}</p>
      <p className="card__meta">
        {t('retention.holds.placedAt', { placedAt: formatDateTime(hold.placedAt, language) })}
      </p>
      {hold.releasedAt ? (
        <p className="card__meta break">
          {t('retention.holds.releasedAt', {
            releasedAt: formatDateTime(hold.releasedAt, language),
            reason: hold.releaseReason ?? '',
          })}
        </p>
      ) : open ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reason.trim()) return;
            release.mutate(reason.trim(), { onSuccess: onReleased });
          }}
        >
          <TextAreaField
            id={reasonId}
            label={t('retention.holds.releaseReason')}
            required
            maxLength={1000}
            rows={2}
            value={reason}
            onValueChange={setReason}
          />
          {release.isError &&
            (alreadyReleased ? (
              <div className="notice notice--error" role="alert">
                <p>{t('retention.holds.alreadyReleased')}</p>
              </div>
            ) : (
              <ErrorMessage error={release.error} heading={t('retention.holds.releaseFailed')} />
            ))}
          <div className="button-row">
            <button
              type="submit"
              className="button button--primary"
              disabled={release.isPending || !reason.trim()}
              data-testid="hold-release-confirm"
            >
              {t('retention.holds.releaseConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('retention.runs.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={t('retention.holds.releaseLabel', { what })}
          onClick={() => {
            setOpen(true);
            focusAfterRender(reasonId);
          }}
          data-testid="hold-release"
        >
          {t('retention.holds.release')}
        </button>
      )}
    </li>
  );
}
