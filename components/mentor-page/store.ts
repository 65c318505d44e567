import type { PageData } from '../../lib/mentoring/page/data';
import { type Drafts, draftsKey, emptyDrafts, loadDrafts, storeDrafts } from '../../lib/mentoring/page/drafts';

/**
 * The mentor's drafts for this page, kept in this browser's storage after every change (sealed with
 * the page's key when the page was sealed). Writes run one after another, each writing the latest.
 */
export interface DraftStore {
  readonly drafts: Drafts;
  /** Why drafts cannot be kept or were not read, to show; undefined when all is well. */
  readonly problem: string | undefined;
  update(change: (drafts: Drafts) => Drafts): void;
  /** Called after each write with its outcome. */
  onWritten: (problem: string | undefined) => void;
}

const NOT_KEPT =
  'This browser is not keeping your comments for this page (its storage is off for files opened from disk). Save your feedback before you close the page.';

function storage(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    // Some browsers refuse storage to pages opened from disk, by throwing: the page then says so.
    return undefined;
  }
}

export async function openDraftStore(data: PageData, key?: CryptoKey): Promise<DraftStore> {
  const place = draftsKey(data.menteeId, data.createdAt);
  const kept = storage();
  let drafts = emptyDrafts();
  let problem: string | undefined = kept ? undefined : NOT_KEPT;
  const stored = kept?.getItem(place);
  if (stored) {
    try {
      drafts = await loadDrafts(stored, key);
    } catch (error) {
      problem = `Your earlier comments on this page could not be read (${error instanceof Error ? error.message : String(error)}). New comments will replace them.`;
    }
  }
  let queue = Promise.resolve();
  const store: DraftStore = {
    get drafts() {
      return drafts;
    },
    get problem() {
      return problem;
    },
    onWritten: () => {},
    update(change) {
      drafts = change(drafts);
      queue = queue.then(async () => {
        if (!kept) return store.onWritten(NOT_KEPT);
        try {
          kept.setItem(place, await storeDrafts(drafts, key));
          store.onWritten(undefined);
        } catch (error) {
          store.onWritten(
            `Your comments could not be kept in this browser: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      });
    },
  };
  return store;
}
