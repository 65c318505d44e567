/**
 * A turn for the page (input, rendering) in the middle of long work: `scheduler.yield()` where the browser has
 * it, else a message. Never a timer: timers set from timers wait at least 4 ms once nested five deep, which over
 * thousands of turns adds seconds.
 */
export function pageTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
