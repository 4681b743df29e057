/**
 * Times the engine's wait deadlines for seller tabs in the background, whose own timers Chromium wakes
 * at most once a second (entrypoints/seller.content/deadline.ts): each `{ id, ms }` on the port is
 * answered with its id after `ms`. A service worker's timers are not throttled.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { isFromThisExtension, parseMessage } from '@/utils/messaging';
import { DEADLINE_PORT } from '@/utils/fill/wait';

const deadlineRequestSchema = z.object({ id: z.number(), ms: z.number() });

/** Longer than any engine wait; a deadline asked for longer is cut here. */
const LONGEST_MS = 60_000;

export function answerDeadlines(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== DEADLINE_PORT || !port.sender || !isFromThisExtension(port.sender)) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    port.onMessage.addListener((message: unknown) => {
      const request = parseMessage(deadlineRequestSchema, message);
      if (!request) return;
      const { id, ms } = request;
      const timer = setTimeout(() => {
        timers.delete(timer);
        port.postMessage(id);
      }, Math.min(Math.max(ms, 0), LONGEST_MS));
      timers.add(timer);
    });
    port.onDisconnect.addListener(() => timers.forEach(clearTimeout));
  });
}
