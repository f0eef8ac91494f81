/** The `?module-worker` import: a chunk of the client build, the source file in dev, nothing on the server. */
import { describe, expect, it, vi } from 'vitest';
import { moduleWorkerChunk } from '../../../src/lib/site/moduleWorkerChunk.mjs';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const ID = '/repo/components/simulation/voxelScene.worker.ts?module-worker';

function plugin(command: 'build' | 'serve') {
  const p = moduleWorkerChunk();
  (p.configResolved as Hook).call({}, { command });
  return p;
}

describe('moduleWorkerChunk', () => {
  it('emits the worker as a chunk of the client build and exports its URL', () => {
    const emitFile = vi.fn(() => 'ref1');
    const code = (plugin('build').load as Hook).call({ emitFile, environment: { config: { consumer: 'client' } } }, ID);
    expect(emitFile).toHaveBeenCalledWith({ type: 'chunk', id: '/repo/components/simulation/voxelScene.worker.ts', name: 'voxelScene.worker' });
    expect(code).toBe('export default new URL(import.meta.ROLLUP_FILE_URL_ref1, import.meta.url).href;');
  });

  it('emits nothing when prerendering on the server', () => {
    const emitFile = vi.fn();
    const code = (plugin('build').load as Hook).call({ emitFile, environment: { config: { consumer: 'server' } } }, ID);
    expect(emitFile).not.toHaveBeenCalled();
    expect(code).toBe("export default '';");
  });

  it('points at the source file in dev, and ignores other imports', () => {
    const p = plugin('serve');
    expect((p.load as Hook).call({}, ID)).toBe('export default new URL("./voxelScene.worker.ts", import.meta.url).href;');
    expect((p.load as Hook).call({}, '/repo/components/simulation/voxelScene.worker.ts')).toBeNull();
  });
});
