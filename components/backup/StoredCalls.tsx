import { Trash2 } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { PLATFORM_LABELS } from '@/utils/backup/export-markdown';
import { formatDateTime } from '@/utils/format';
import { labelFor, t } from '@/utils/i18n';
import type { Call } from '@/utils/model';

/**
 * The call records the extension keeps (when, where, share and reminder events, stories told), where the user can
 * delete one: a test call, or rows a misbehaving call page made. A live call cannot be deleted (its reminder and
 * journal draft still follow it). Journal entries are separate and stay.
 */
export function StoredCalls() {
  const calls = valueOr(useLive('calls.all', {}), []);
  const [error, setError] = useState('');

  const remove = async (call: Call) => {
    setError('');
    try {
      await request('calls.delete', { callId: call.id });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
    <details class="stored-calls">
      <summary>{t('callsStoredHeading', calls.length)}</summary>
      <div role="alert" class="alert-region">
        {error && <p class="error">{error}</p>}
      </div>
      <ul class="stack">
        {calls.map((call) => (
          <li key={call.id} class="row spread">
            <span>
              {formatDateTime(call.joinedAt)} · {labelFor(PLATFORM_LABELS, call.platform)} ·{' '}
              {t('callsStoredEvents', call.events.length)}
            </span>
            <button
              type="button"
              disabled={call.endedAt === undefined}
              title={call.endedAt === undefined ? t('callsDeleteLive') : undefined}
              onClick={() => void remove(call)}
            >
              <Trash2 size={16} aria-hidden="true" focusable="false" />
              {t('callsDelete')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
