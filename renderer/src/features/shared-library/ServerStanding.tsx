/**
 * The line a screen shows when the office's shared library needs the clerk's attention: working
 * without the server (and how many saves wait to be sent), or an address kept from last time that
 * is not connected yet — so nobody drafts on the PC's own library thinking it is the office's.
 */
import { useEffect, useState } from 'react';
import type { ServerStatus } from '#shared/contract/api';
import { offlineMessages, standingMessages } from '#shared/messages/server';
import { api } from '../../api/client';
import { Status } from '../common/Status';
import { shortAddress } from './shared-library-state';

/** How long the line waits for word of a change before it asks again. */
const STANDING_WAIT_MS = 5_000;

export function ServerStanding({ onOpen }: { onOpen?: () => void }) {
  const [status, setStatus] = useState<ServerStatus | null>(null);
  useEffect(() => {
    let stopped = false;
    const follow = async () => {
      let after = 0;
      while (!stopped) {
        const next = await api('server.status', {}).catch(() => null);
        if (stopped) return;
        setStatus(next);
        after = (await api('library.waitForChange', { after, timeoutMs: STANDING_WAIT_MS }).catch(() => ({ change: after }))).change;
      }
    };
    void follow();
    return () => {
      stopped = true;
    };
  }, []);
  if (!status) return null;
  if (status.connected && status.offline) return <Status kind="note" testId="offline-banner" message={offlineMessages.working(status.waiting)} />;
  if (!status.connected && status.settings)
    return (
      <Status kind="note" testId="not-connected-banner" message={standingMessages.notConnected(shortAddress(status.settings.url))}>
        {onOpen && (
          <button type="button" className="link-button" onClick={onOpen}>
            Kết nối
          </button>
        )}
      </Status>
    );
  return null;
}
