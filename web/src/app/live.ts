import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { LIVE_TOPICS } from './areas';

/** A busy operator's stream names a topic nearly every second: each list is fetched again at most this often. */
const REFRESH_AT_MOST_EVERY_MS = 3_000;
/**
 * The stream can miss a change (one committed behind a newer one it already announced): what is on screen is fetched
 * again this often anyway, so nothing stays stale for long.
 */
const REFRESH_AT_LEAST_EVERY_MS = 60_000;

/**
 * Keeps the lists on screen current: the server's event stream (/v1/live) says which kind of data changed, and every
 * query whose key starts with that kind is fetched again. EventSource reconnects by itself after a drop.
 */
export function useLiveUpdates(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const lastRefresh = new Map<string, number>();
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    const refresh = (topic: string) => {
      pending.delete(topic);
      lastRefresh.set(topic, Date.now());
      void client.invalidateQueries({ queryKey: [topic] });
    };
    // At most one refresh per topic per interval: the first at once, the next at the interval's end with every change between.
    const changed = (topic: string) => {
      if (pending.has(topic)) return;
      const wait = (lastRefresh.get(topic) ?? 0) + REFRESH_AT_MOST_EVERY_MS - Date.now();
      if (wait <= 0) refresh(topic);
      else pending.set(topic, setTimeout(() => refresh(topic), wait));
    };
    const source = new EventSource(`/v1/live?topics=${LIVE_TOPICS.join(',')}`);
    const onChange = (event: MessageEvent<string>) => {
      try {
        const { topic } = JSON.parse(event.data) as { topic?: string };
        if (topic) changed(topic);
      } catch {
        // A malformed event changes nothing on screen.
      }
    };
    source.addEventListener('change', onChange);
    const fallback = setInterval(() => LIVE_TOPICS.forEach(changed), REFRESH_AT_LEAST_EVERY_MS);
    return () => {
      source.removeEventListener('change', onChange);
      source.close();
      clearInterval(fallback);
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, [client, enabled]);
}
