/**
 * A deposit is determined by its options (seed included) and the plate/strip calls made on it.
 * The worker records those calls here; a link carries them, compactly, and replaying them on a
 * fresh model rebuilds the same deposit voxel for voxel.
 *
 * Calls merge: plate(a) that plated all a, then plate(b), is the same as plate(a + b) — each
 * walker is independent of how the work was cut into calls, and a call that completes leaves no
 * state behind (a stripping call's count of walkers in a row that found nothing is zero after a
 * success). A call that stopped short (short circuit, nothing left to reach) ends its entry.
 *
 * Encoding: entries joined by '.', each 'p' (plate) or 's' (strip), the voxels asked for in base
 * 36, and '-' with the voxels done when fewer: `p2yo.s2yo-2ql` (URL-safe, no escaping).
 */
import { SimulationInputError } from './errors.ts';
import type { Growth } from './growth.ts';

export type ActionKind = 'plate' | 'strip';

export interface Action {
  kind: ActionKind;
  /** Voxels asked for. */
  requested: number;
  /** Voxels the model plated or stripped (≤ requested). */
  done: number;
}

/** Longest log a link may carry, characters; more entries than this cannot be honest. */
export const MAX_LOG_LENGTH = 20_000;
export const MAX_LOG_ENTRIES = 2_000;
/**
 * Voxels a replay may ask for in all: bounds the replay time (about 40 s at 50 000 voxels/s on a
 * 2-core laptop; the worker replays in chunks, so the page never blocks). 2 000 000 voxels is
 * about 50 cycles of 1 mAh/cm² of Li on the default 64 × 64 electrode.
 */
export const MAX_REPLAY_VOXELS = 2_000_000;

export class ActionRecorder {
  readonly actions: Action[] = [];

  record(kind: ActionKind, requested: number, done: number): void {
    if (requested <= 0) return;
    const last = this.actions.at(-1);
    if (last && last.kind === kind && last.done === last.requested) {
      last.requested += requested;
      last.done += done;
    } else {
      this.actions.push({ kind, requested, done });
    }
  }

  encode(): string {
    return encodeActions(this.actions);
  }
}

export function encodeActions(actions: readonly Action[]): string {
  return actions
    .map((a) => `${a.kind === 'plate' ? 'p' : 's'}${a.requested.toString(36)}${a.done === a.requested ? '' : `-${a.done.toString(36)}`}`)
    .join('.');
}

const ENTRY = /^([ps])([0-9a-z]{1,6})(?:-([0-9a-z]{1,6}))?$/;

function bad(message: string): never {
  throw new SimulationInputError('log', `${message} The simulation opened with the link's settings but without its deposit.`);
}

/** Reads a log from a link; a damaged or oversized one throws a SimulationInputError saying why. */
export function decodeActions(text: string): Action[] {
  if (typeof text !== 'string') bad('The deposit in this link is not readable.');
  if (text.length > MAX_LOG_LENGTH) bad(`The deposit in this link is too long to replay (${text.length} characters; at most ${MAX_LOG_LENGTH}).`);
  if (text === '') return [];
  const parts = text.split('.');
  if (parts.length > MAX_LOG_ENTRIES) bad(`The deposit in this link has too many steps to replay (${parts.length}; at most ${MAX_LOG_ENTRIES}).`);
  const actions: Action[] = [];
  let total = 0;
  parts.forEach((part, k) => {
    const m = ENTRY.exec(part);
    const shown = part.length > 20 ? `${part.slice(0, 20)}…` : part;
    if (!m) bad(`The deposit in this link is damaged: step ${k + 1} (“${shown}”) is not p or s followed by a number.`);
    const requested = parseInt(m[2], 36);
    const done = m[3] === undefined ? requested : parseInt(m[3], 36);
    if (requested < 1 || done > requested) bad(`The deposit in this link is damaged: step ${k + 1} (“${shown}”) does more than it asks for.`);
    total += requested;
    actions.push({ kind: m[1] === 'p' ? 'plate' : 'strip', requested, done });
  });
  if (total > MAX_REPLAY_VOXELS) {
    bad(`The deposit in this link asks for ${total.toLocaleString('en')} voxels; replays stop at ${MAX_REPLAY_VOXELS.toLocaleString('en')} to stay quick.`);
  }
  return actions;
}

/**
 * Replays actions on `growth`, at most `budget` voxels asked for per call to this function (the
 * worker calls it chunk by chunk). `cursor` says where it is: entry and voxels done in it; it is
 * advanced in place. Returns true when the whole log has been replayed. Throws a
 * SimulationInputError if the model does something else than the log says (a link from another
 * version of the model, or an edited one).
 */
export function replayActions(
  growth: Growth,
  actions: readonly Action[],
  cursor: { entry: number; done: number },
  budget = Infinity,
  recorder?: ActionRecorder,
): boolean {
  let left = budget;
  while (cursor.entry < actions.length && left > 0) {
    const a = actions[cursor.entry];
    const ask = Math.min(a.requested - cursor.done, left);
    const got = a.kind === 'plate' ? growth.plate(ask) : growth.strip(ask);
    recorder?.record(a.kind, ask, got);
    cursor.done += got;
    left -= ask;
    const short = got < ask;
    if (short || cursor.done === a.requested) {
      if (cursor.done !== a.done) {
        throw new SimulationInputError(
          'log',
          `This link's deposit does not replay with this version of the simulation: step ${cursor.entry + 1} ${a.kind === 'plate' ? 'plated' : 'stripped'} ${cursor.done} voxels where the link says ${a.done}.`,
        );
      }
      cursor.entry++;
      cursor.done = 0;
    }
  }
  return cursor.entry >= actions.length;
}
