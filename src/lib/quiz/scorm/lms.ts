/**
 * Talking to the LMS from a SCORM package: finds the API the LMS provides (SCORM 1.2 `API`,
 * SCORM 2004 `API_1484_11`) in the parent frames or the opener, and maps the few things the quiz
 * reports (score, completion, pass or fail, saved state) onto each version's data model. Without
 * an LMS (a package opened from disk) every call is a no-op and the quiz still works.
 */
export type ScormVersion = '1.2' | '2004';

interface Api12 {
  LMSInitialize(a: ''): string;
  LMSGetValue(k: string): string;
  LMSSetValue(k: string, v: string): string;
  LMSCommit(a: ''): string;
  LMSFinish(a: ''): string;
}
interface Api2004 {
  Initialize(a: ''): string;
  GetValue(k: string): string;
  SetValue(k: string, v: string): string;
  Commit(a: ''): string;
  Terminate(a: ''): string;
}

export interface Lms {
  readonly connected: boolean;
  get(key: 'suspend'): string;
  save(state: string): void;
  /** Records the result: `points` of `total`, passed when points / total ≥ passMark. */
  report(points: number, total: number, passMark: number): void;
  finish(): void;
}

/** Looks for the API in this window, its parents (at most 10 up) and the opener's. */
function findApi<T>(win: Window, name: string): T | undefined {
  let w: Window | null = win;
  for (let depth = 0; w && depth < 10; depth++) {
    try {
      const api = (w as unknown as Record<string, unknown>)[name];
      if (api) return api as T;
    } catch {
      return undefined; // a cross-origin frame: stop climbing
    }
    if (w.parent === w) break;
    w = w.parent;
  }
  return win.opener ? findApi<T>(win.opener as Window, name) : undefined;
}

const round = (x: number, digits = 4) => String(Number(x.toFixed(digits)));

export function connectLms(version: ScormVersion, win: Window = window): Lms {
  if (version === '1.2') {
    const api = findApi<Api12>(win, 'API');
    const ok = !!api && api.LMSInitialize('') === 'true';
    const set = (k: string, v: string) => ok && api!.LMSSetValue(k, v);
    if (ok && ['not attempted', ''].includes(api!.LMSGetValue('cmi.core.lesson_status'))) set('cmi.core.lesson_status', 'incomplete');
    set('cmi.core.exit', 'suspend');
    return {
      connected: ok,
      get: () => (ok ? api!.LMSGetValue('cmi.suspend_data') : ''),
      save(state) {
        set('cmi.suspend_data', state);
        if (ok) api!.LMSCommit('');
      },
      report(points, total, passMark) {
        // SCORM 1.2 scores are 0–100.
        set('cmi.core.score.min', '0');
        set('cmi.core.score.max', '100');
        set('cmi.core.score.raw', round((100 * points) / total, 2));
        set('cmi.core.lesson_status', points / total >= passMark - 1e-9 ? 'passed' : 'failed');
        if (ok) api!.LMSCommit('');
      },
      finish: () => void (ok && api!.LMSFinish('')),
    };
  }
  const api = findApi<Api2004>(win, 'API_1484_11');
  const ok = !!api && api.Initialize('') === 'true';
  const set = (k: string, v: string) => ok && api!.SetValue(k, v);
  if (ok && ['not attempted', 'unknown', ''].includes(api!.GetValue('cmi.completion_status'))) set('cmi.completion_status', 'incomplete');
  set('cmi.exit', 'suspend');
  return {
    connected: ok,
    get: () => (ok ? api!.GetValue('cmi.suspend_data') : ''),
    save(state) {
      set('cmi.suspend_data', state);
      if (ok) api!.Commit('');
    },
    report(points, total, passMark) {
      set('cmi.score.min', '0');
      set('cmi.score.max', String(total));
      set('cmi.score.raw', round(points));
      set('cmi.score.scaled', round(points / total));
      set('cmi.completion_status', 'completed');
      set('cmi.success_status', points / total >= passMark - 1e-9 ? 'passed' : 'failed');
      if (ok) api!.Commit('');
    },
    finish: () => void (ok && api!.Terminate('')),
  };
}
