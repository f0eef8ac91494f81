/**
 * IMS QTI 2.1 content package: one assessmentItem per exported item, an assessmentTest that lists
 * them, and imsmanifest.xml. Scoring follows the course: multiple select and matching map each
 * right choice to a share (wrong choices cancel, floor 0); numeric uses an absolute tolerance;
 * ordering is all or nothing (QTI's standard orderInteraction rule).
 */
import type { ExportItem } from './exportItems';
import { escapeXml } from './xml';
import { zipFiles } from './zip';

const QTI_NS =
  'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"';

/** QTI identifiers are NCNames: start with a letter, no spaces. */
export const qtiId = (id: string) => `Q-${id}`.replace(/[^A-Za-z0-9_.-]/g, '_');

const setScore = (expr: string) => `<setOutcomeValue identifier="SCORE">${expr}</setOutcomeValue>`;
const float = (x: number) => `<baseValue baseType="float">${x}</baseValue>`;

function processing(scoreRule: string): string {
  return `  <responseProcessing>
    ${scoreRule}
    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">GENERAL</baseValue></setOutcomeValue>
  </responseProcessing>`;
}

const allOrNothing = `<responseCondition><responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>${setScore(float(1))}</responseIf><responseElse>${setScore(float(0))}</responseElse></responseCondition>`;
const mapped = setScore('<mapResponse identifier="RESPONSE"/>');

function parts(item: ExportItem): { declaration: string; body: string; rule: string } {
  switch (item.kind) {
    case 'choice': {
      const ids = item.options.map((_, i) => `C${i + 1}`);
      const correct = ids.filter((_, i) => item.options[i].correct).map((id) => `<value>${id}</value>`).join('');
      const mapping = item.multiple
        ? `<mapping lowerBound="0" upperBound="1" defaultValue="0">${ids.map((id, i) => `<mapEntry mapKey="${id}" mappedValue="${item.options[i].weight / 100}"/>`).join('')}</mapping>`
        : '';
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${item.multiple ? 'multiple' : 'single'}" baseType="identifier"><correctResponse>${correct}</correctResponse>${mapping}</responseDeclaration>`,
        body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${item.multiple ? 0 : 1}"><prompt>${escapeXml(item.prompt)}</prompt>${item.options
          .map((o, i) => `<simpleChoice identifier="${ids[i]}">${escapeXml(o.text)}<feedbackInline outcomeIdentifier="FEEDBACK" identifier="GENERAL" showHide="show"> ${escapeXml(o.feedback)}</feedbackInline></simpleChoice>`)
          .join('')}</choiceInteraction>`,
        rule: item.multiple ? mapped : allOrNothing,
      };
    }
    case 'numeric':
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse><value>${item.answer}</value></correctResponse></responseDeclaration>`,
        body: `<p>${escapeXml(item.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${item.unit ? ` ${escapeXml(item.unit)}` : ''}</p>`,
        rule: `<responseCondition><responseIf><equal toleranceMode="absolute" tolerance="${item.tolerance} ${item.tolerance}"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>${setScore(float(1))}</responseIf><responseElse>${setScore(float(0))}</responseElse></responseCondition>`,
      };
    case 'matching': {
      const n = item.pairs.length;
      const pairs = item.pairs.map((_, i) => `L${i + 1} R${i + 1}`);
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.map((p) => `<value>${p}</value>`).join('')}</correctResponse><mapping lowerBound="0" upperBound="1" defaultValue="0">${pairs.map((p) => `<mapEntry mapKey="${p}" mappedValue="${1 / n}"/>`).join('')}</mapping></responseDeclaration>`,
        body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${n}"><prompt>${escapeXml(item.prompt)}</prompt><simpleMatchSet>${item.pairs
          .map((p, i) => `<simpleAssociableChoice identifier="L${i + 1}" matchMax="1">${escapeXml(p.left)}</simpleAssociableChoice>`)
          .join('')}</simpleMatchSet><simpleMatchSet>${item.pairs
          .map((p, i) => `<simpleAssociableChoice identifier="R${i + 1}" matchMax="1">${escapeXml(p.right)}</simpleAssociableChoice>`)
          .join('')}</simpleMatchSet></matchInteraction>`,
        rule: mapped,
      };
    }
    case 'ordering': {
      const ids = item.items.map((_, i) => `O${i + 1}`);
      return {
        declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${ids.map((id) => `<value>${id}</value>`).join('')}</correctResponse></responseDeclaration>`,
        body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true"><prompt>${escapeXml(item.prompt)}</prompt>${item.items
          .map((t, i) => `<simpleChoice identifier="${ids[i]}">${escapeXml(t)}</simpleChoice>`)
          .join('')}</orderInteraction>`,
        rule: allOrNothing,
      };
    }
  }
}

export function qtiItemXml(item: ExportItem): string {
  const { declaration, body, rule } = parts(item);
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem ${QTI_NS} identifier="${qtiId(item.id)}" title="${escapeXml(item.id)}" adaptive="false" timeDependent="false">
  ${declaration}
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
  <itemBody>${body}</itemBody>
${processing(rule)}
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="GENERAL" showHide="show">${escapeXml(item.generalFeedback)}</modalFeedback>
</assessmentItem>
`;
}

/** Every file of the package, by path: items, the test, and the manifest. */
export function qtiFiles(bankId: string, title: string, items: readonly ExportItem[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const item of items) files[`items/${qtiId(item.id)}.xml`] = qtiItemXml(item);
  const refs = items.map((i) => `      <assessmentItemRef identifier="REF-${qtiId(i.id)}" href="items/${qtiId(i.id)}.xml"/>`).join('\n');
  files['assessment.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest ${QTI_NS} identifier="${qtiId(bankId)}-test" title="${escapeXml(title)}">
  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">
    <assessmentSection identifier="section-1" title="${escapeXml(title)}" visible="true">
${refs}
    </assessmentSection>
  </testPart>
</assessmentTest>
`;
  const resources = items
    .map((i) => `    <resource identifier="RES-${qtiId(i.id)}" type="imsqti_item_xmlv2p1" href="items/${qtiId(i.id)}.xml"><file href="items/${qtiId(i.id)}.xml"/></resource>`)
    .join('\n');
  files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="MANIFEST-${qtiId(bankId)}">
  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>
  <organizations/>
  <resources>
    <resource identifier="RES-TEST" type="imsqti_test_xmlv2p1" href="assessment.xml"><file href="assessment.xml"/>${items.map((i) => `<dependency identifierref="RES-${qtiId(i.id)}"/>`).join('')}</resource>
${resources}
  </resources>
</manifest>
`;
  return files;
}

export function qtiPackage(bankId: string, title: string, items: readonly ExportItem[]): Uint8Array<ArrayBuffer> {
  return zipFiles(qtiFiles(bankId, title, items));
}
