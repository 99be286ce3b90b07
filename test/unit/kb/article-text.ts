/** A minimal troubleshooting article around the given steps, for tests of the body's markup. */
export function articleText(steps: { product?: string; zh: string; en?: string; escalation?: string }): string {
  const { product = 'washing-machine', zh, en, escalation = 'self-service' } = steps;
  return `---
id: x
category: troubleshooting
product: ${product}
languages: [zh${en ? ', en' : ''}]
title:
  zh: 标题
symptoms:
  zh: [症状]
escalation: ${escalation}
---

## zh

概述。

${zh}
${en ? `\n## en\n\nSummary.\n\n${en}\n` : ''}`;
}
