/**
 * SCORM 1.2 and SCORM 2004 (4th edition) packages of a bank: one SCO that presents the quiz with
 * the course's engine, saves answers in cmi.suspend_data, and reports score, completion and pass
 * or fail (pass mark: src/lib/quiz/scorm/passMark.ts). Manifests are built with XMLBuilder and
 * validated against ADL's XSDs in the tests.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { QuestionBank } from '../types';
import { PASS_MARK } from '../scorm/passMark';
import type { ScormVersion } from '../scorm/lms';
import { zipFiles } from './zip';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressBooleanAttributes: false });

const PLAYER_FILES = ['index.html', 'quiz-data.js', 'player.js', 'player.css'];

/** Identifiers are xs:ID (NCName): no leading digit, no spaces. */
const scormId = (s: string) => `ID-${s}`.replace(/[^A-Za-z0-9_.-]/g, '_');

export function scormManifest(version: ScormVersion, bankId: string, title: string): string {
  const files = PLAYER_FILES.map((href) => ({ '@_href': href }));
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({
      manifest: {
        '@_identifier': scormId(`${bankId}-scorm12`),
        '@_version': '1.0',
        '@_xmlns': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        '@_xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
        '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        '@_xsi:schemaLocation':
          'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
        metadata: { schema: 'ADL SCORM', schemaversion: '1.2' },
        organizations: {
          '@_default': 'ORG-1',
          organization: {
            '@_identifier': 'ORG-1',
            title,
            item: { '@_identifier': 'ITEM-1', '@_identifierref': 'RES-1', '@_isvisible': 'true', title, 'adlcp:masteryscore': Math.round(PASS_MARK * 100) },
          },
        },
        resources: { resource: { '@_identifier': 'RES-1', '@_type': 'webcontent', '@_adlcp:scormtype': 'sco', '@_href': 'index.html', file: files } },
      },
    })}`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({
    manifest: {
      '@_identifier': scormId(`${bankId}-scorm2004`),
      '@_version': '1',
      '@_xmlns': 'http://www.imsglobal.org/xsd/imscp_v1p1',
      '@_xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      '@_xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      '@_xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      '@_xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
      metadata: { schema: 'ADL SCORM', schemaversion: '2004 4th Edition' },
      organizations: {
        '@_default': 'ORG-1',
        organization: {
          '@_identifier': 'ORG-1',
          title,
          item: {
            '@_identifier': 'ITEM-1',
            '@_identifierref': 'RES-1',
            '@_isvisible': 'true',
            title,
            // The pass mark as the primary objective's threshold, for LMSs that apply it themselves.
            'imsss:sequencing': {
              'imsss:objectives': {
                'imsss:primaryObjective': { '@_objectiveID': 'PRIMARYOBJ', '@_satisfiedByMeasure': 'true', 'imsss:minNormalizedMeasure': PASS_MARK },
              },
            },
          },
        },
      },
      resources: { resource: { '@_identifier': 'RES-1', '@_type': 'webcontent', '@_adlcp:scormType': 'sco', '@_href': 'index.html', file: files } },
    },
  })}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PLAYER_CSS = `body{font:1rem/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
fieldset{border:1px solid #767676;border-radius:.4rem;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding:0 .25rem}.choice,.row{display:block;margin:.3rem 0}.step{margin:.5rem 0}
.result{white-space:pre-line;margin:.5rem 0 0}.result:empty{display:none}.hint{margin:.25rem 0;color:#4a4a4a}
button{font:inherit;padding:.4rem 1rem}:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
#status{font-weight:600}`;

/** Every file of the package, by path. */
export function scormFiles(version: ScormVersion, bankId: string, bank: QuestionBank, playerJs: string): Record<string, string> {
  const data = { bankId, version, passMark: PASS_MARK, bank };
  return {
    'imsmanifest.xml': scormManifest(version, bankId, bank.title),
    'index.html': `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(bank.title)}</title>\n<link rel="stylesheet" href="player.css">\n</head>\n<body>\n<main id="quiz"></main>\n<script src="quiz-data.js"></script>\n<script src="player.js"></script>\n</body>\n</html>\n`,
    // JSON in a script: "<" escaped so no text in a bank can close the script element.
    'quiz-data.js': `window.SCORM_QUIZ = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`,
    'player.js': playerJs,
    'player.css': `${PLAYER_CSS}\n`,
  };
}

export function scormPackage(version: ScormVersion, bankId: string, bank: QuestionBank, playerJs: string): Uint8Array<ArrayBuffer> {
  return zipFiles(scormFiles(version, bankId, bank, playerJs));
}
