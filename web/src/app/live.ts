import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LIVE_TOPICS } from './areas';

/**
 * Keeps the lists on screen current: the server's event stream (/v1/live) says which kind of data changed, and every
 * query whose key starts with that kind is fetched again. EventSource reconnects by itself after a drop.
 */
export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/v1/live?topics=${LIVE_TOPICS.join(',')}`);
    const onChange = (event: MessageEvent<string>) => {
      try {
        const { topic } = JSON.parse(event.data) as { topic?: string };
        if (topic) void client.invalidateQueries({ queryKey: [topic] });
      } catch {
        // A malformed event changes nothing on screen.
      }
    };
    source.addEventListener('change', onChange);
    return () => {
      source.removeEventListener('change', onChange);
      source.close();
    };
  }, [client, enabled]);
}
