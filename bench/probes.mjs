// Functions that run inside the Lantern page (passed to page.addInitScript / page.evaluate, so each must be
// self-contained: no closures over this module).
//
// "Painted" everywhere means: the DOM change was seen (MutationObserver), then requestAnimationFrame ran for the
// frame that renders it, then a message posted from that rAF callback arrived — the first task after that
// frame's style, layout and paint. performance.now() at that moment is the time taken. It includes the wait for
// the frame (up to 16.7 ms at 60 Hz); the time at the rAF callback itself is kept as well, as `frameMs`.

/** Init script for a cold open: resolves `__benchFirstRow` with the time from navigation start. */
export function firstRowProbe() {
  const SELECTOR = '[role="tree"][aria-label="Journal entries by month"] [role="treeitem"]';
  window.__benchFirstRow = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector(SELECTOR)) return;
      observer.disconnect();
      const seenAt = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ seenAt, paintedAt: performance.now() });
        channel.port2.postMessage(null);
      });
    });
    // `document` exists before <html> does: observe from the very start of the navigation.
    observer.observe(document, { childList: true, subtree: true });
  });
}

/**
 * Installs the keystroke probe for an input or textarea (by aria-label, or `selector`) and the part of the page
 * whose changes count as its result (`regionSelector`, or the element's closest <section>). Each keydown on the element (a
 * capture listener on document, so it runs before Lantern's handlers) starts a measurement; each batch of DOM
 * changes in the region, and the input event itself, schedule a "painted" time. `__benchKeyDone()` waits until
 * the region has been quiet for two frames and returns the time from keydown to the paint after the last change.
 * `untilText`, when set, instead waits for the text of `textSelector` to leave that text and come back to it (the
 * save state: "Saved", "Saving…" while the edit is pending, "Saved") and returns the time to that paint.
 */
export function installKeyProbe({ label, selector, regionSelector, textSelector, untilText }) {
  const target = document.querySelector(selector ?? `[aria-label="${label}"]`);
  if (!target) throw new Error(`No element labelled "${label}"`);
  const region = (regionSelector ? document.querySelector(regionSelector) : target.closest('section')) ?? document.body;
  // Resolves with [the frame's rAF callback time, the time of the first task after that frame's paint].
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve([frameAt, performance.now()]);
        channel.port2.postMessage(null);
      }),
    );
  let current = null;
  const changed = () => {
    const measurement = current;
    if (!measurement) return;
    measurement.changes++;
    measurement.lastChange = performance.now();
    const text = untilText ? document.querySelector(textSelector)?.textContent?.trim() : undefined;
    if (untilText && text !== untilText) measurement.left = true;
    const reached = untilText && text === untilText && measurement.left;
    measurement.pending++;
    void afterPaint().then(([frameAt, paintedAt]) => {
      measurement.pending--;
      measurement.frame = Math.max(measurement.frame, frameAt);
      measurement.painted = Math.max(measurement.painted, paintedAt);
      if (reached && measurement.reachedAt === null) measurement.reachedAt = paintedAt;
    });
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.target !== target) return;
      current = {
        start: performance.now(),
        changes: 0,
        lastChange: 0,
        pending: 0,
        frame: 0,
        painted: 0,
        left: false,
        reachedAt: null,
      };
    },
    true,
  );
  // Bubbling on document: after the element's own handler and the render it scheduled in a microtask.
  document.addEventListener('input', (event) => {
    if (event.target === target) changed();
  });
  new MutationObserver(changed).observe(region, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  window.__benchKeyDone = async (timeoutMs = 10_000) => {
    const measurement = current;
    if (!measurement) throw new Error('No keydown reached the probed element');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const deadline = performance.now() + timeoutMs;
    let quietFrames = 0;
    let seen = -1;
    while (performance.now() < deadline) {
      await frame();
      const settled = measurement.pending === 0 && measurement.changes === seen;
      const reached = !untilText || measurement.reachedAt !== null;
      quietFrames = settled && reached ? quietFrames + 1 : 0;
      seen = measurement.changes;
      if (quietFrames >= 2) break;
      // Waiting for an autosave: nothing changes for half a second, so poll more slowly.
      if (untilText && measurement.reachedAt === null) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (untilText && measurement.reachedAt === null) throw new Error(`"${untilText}" was not shown in time`);
    const end = untilText ? measurement.reachedAt : measurement.painted;
    // `frameMs`: to the rAF callback of that frame, before its style, layout and paint.
    // `workMs`: to the last DOM change the key caused, before any wait for a frame: the page's own work.
    // `busyMs`: `ms` less the idle wait between that last change and the frame that renders it (at most one
    // frame), which is set by the display's refresh (vsync) and where the key happened to fall in it, not by the
    // page: the work, then that frame's rAF callbacks, style, layout and paint. What the key costs on a display
    // that draws at once.
    // The wait subtracted is never more than one frame at 60 Hz: a longer one is the page's doing, not vsync's.
    const workMs = measurement.lastChange - measurement.start;
    const frameWait = Math.min(1000 / 60, Math.max(0, measurement.frame - measurement.lastChange));
    return {
      ms: end - measurement.start,
      frameMs: measurement.frame - measurement.start,
      workMs,
      busyMs: untilText ? undefined : measurement.painted - measurement.start - frameWait,
      changes: measurement.changes,
    };
  };
}
