// The bench's journal: bench/generate.mjs entries (every kind, ~250 words, competencies, tags) with the rest of
// what a real journal holds — learning points, actions, CPD hours, feedback details — plus revisions and
// personal development plan goals. Deterministic for a seed. Generate once at the largest size and take
// prefixes with sliceJournal: goal i links only entries below (i + 1) × 25, so a prefix is self-contained and one
// profile can be grown from 10 to 50,000 entries.
import { generateEntries, random } from './generate.mjs';

const GOAL_TITLES = [
  'Lead a quality improvement project on handover',
  'Chair the departmental governance meeting',
  'Complete a colleague feedback exercise',
  'Run a teaching session for the new foundation doctors',
  'Take on a rota coordinator role',
  'Finish the leadership course and reflect on it',
  'Present an audit at the regional meeting',
  'Improve how I give difficult feedback',
];
const GOAL_STATUSES = ['planned', 'in-progress', 'met', 'carried-over', 'dropped'];
const FEEDBACK_FROM = ['colleague', 'patient', 'other'];
const REASONS = ['session', 'interval', 'session', 'conflict'];

const sentences = (body) => body.split(/(?<=\.)\s+/).filter((sentence) => sentence.length > 10);

/** Adds the fields generate.mjs leaves empty; returns a valid Entry (no `deletedAt`, no undefined keys). */
function complete(entry, rand) {
  const parts = sentences(entry.body);
  const pickSentence = () => parts[Math.floor(rand() * parts.length)] ?? 'Keep the handover structured.';
  const full = { ...entry };
  if (full.role === undefined) delete full.role;
  full.learningPoints = Array.from({ length: Math.floor(rand() * 4) }, pickSentence);
  full.actions = Array.from({ length: Math.floor(rand() * 3) }, pickSentence);
  if (entry.kind === 'cpd' || entry.kind === 'teaching') full.cpdHours = Math.round(1 + rand() * 14) / 2;
  if (entry.kind === 'feedback') {
    full.feedbackFrom = FEEDBACK_FROM[Math.floor(rand() * FEEDBACK_FROM.length)];
    full.feedbackExercise = rand() < 0.3;
  }
  if (rand() < 0.05) full.privacyExceptions = [];
  // Edited some hours or days after it was first written.
  full.updatedAt = entry.createdAt + Math.floor(rand() * 5 * 24 * 3600 * 1000);
  return full;
}

/**
 * `count` entries; about one in five has 1–3 earlier revisions (its text as it was, a little shorter), and there
 * is one goal per 25 entries (at least 3), each linked to a few entries.
 */
export function generateJournal(count, seed = 42) {
  const rand = random(seed + 1);
  const entries = generateEntries(count, seed).map((entry) => complete(entry, rand));
  const revisions = [];
  for (const entry of entries) {
    if (rand() >= 0.2) continue;
    const versions = 1 + Math.floor(rand() * 3);
    for (let version = 0; version < versions; version++) {
      revisions.push({
        id: `${entry.id}-revision-${version}`,
        entryId: entry.id,
        savedAt: entry.createdAt + (version + 1) * 60_000,
        title: entry.title,
        body: entry.body.slice(0, Math.floor(entry.body.length * (0.5 + 0.15 * version))),
        reason: REASONS[Math.floor(rand() * REASONS.length)],
      });
    }
  }
  const goals = [];
  const goalCount = Math.max(3, Math.floor(count / 25));
  for (let i = 0; i < goalCount; i++) {
    const reach = Math.min(entries.length, (i + 1) * 25);
    const source = entries[Math.floor(rand() * reach)];
    const linked = Array.from({ length: Math.floor(rand() * 5) }, () => entries[Math.floor(rand() * reach)]);
    const year = 2018 + Math.floor(rand() * 10);
    const goal = {
      id: `goal-${i}`,
      title: GOAL_TITLES[i % GOAL_TITLES.length],
      competencies: [...new Set([...(source?.competencies ?? []), ...linked.flatMap((entry) => entry.competencies)])],
      status: GOAL_STATUSES[Math.floor(rand() * GOAL_STATUSES.length)],
      entryIds: [...new Set(linked.map((entry) => entry.id))],
      reviewNotes:
        rand() < 0.5
          ? sentences(source?.body ?? '')
              .slice(0, 2)
              .join(' ')
          : '',
      createdAt: source?.createdAt ?? Date.UTC(2020, 0, 1),
      updatedAt: (source?.createdAt ?? Date.UTC(2020, 0, 1)) + 86_400_000,
    };
    if (rand() < 0.85) goal.targetDate = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`;
    if (source && rand() < 0.5) goal.sourceEntryId = source.id;
    goals.push(goal);
  }
  return { entries, revisions, goals };
}

/** The part of a dataset belonging to entries [from, to): their revisions and goals sourced from them go along. */
export function sliceJournal(journal, from, to) {
  const ids = new Set(journal.entries.slice(from, to).map((entry) => entry.id));
  const goalsFrom = Math.max(3, Math.floor(from / 25));
  const goalsTo = Math.max(3, Math.floor(to / 25));
  return {
    entries: journal.entries.slice(from, to),
    revisions: journal.revisions.filter((revision) => ids.has(revision.entryId)),
    goals: journal.goals.slice(from === 0 ? 0 : goalsFrom, goalsTo),
  };
}
