/**
 * Amazon's rules for APL-for-audio documents that can be checked offline.
 * apl-suggester (2024.2.0) validates visual APL only: it rejects `type: "APLA"`
 * and knows none of the APLA components, so this checks what the APLA
 * reference documents: the document's shape, the component types (Audio,
 * Mixer, Selector, Sequencer, Silence, Speech), their required properties and
 * property types, and, as the skill sends it, no data binding.
 */
const BASE = ['type', 'description', 'duration', 'filters', 'when'];
const MULTI_CHILD = ['items', 'item', 'data', 'firstItem', 'lastItem'];

const COMPONENTS: Record<string, { allowed: string[]; check(c: Record<string, unknown>): string[] }> = {
  Speech: {
    allowed: [...BASE, 'content', 'contentType'],
    check: (c) => [
      ...(typeof c.content === 'string' ? [] : ['content must be a string']),
      ...(c.contentType === undefined || c.contentType === 'SSML' || c.contentType === 'PlainText' ? [] : [`contentType ${JSON.stringify(c.contentType)}`]),
      ...(c.contentType === 'SSML' && typeof c.content === 'string' && !/^<speak>[\s\S]*<\/speak>$/.test(c.content) ? ['SSML content not in <speak>'] : []),
      ...trimDuration(c),
    ],
  },
  Silence: {
    allowed: [...BASE],
    check: (c) => (typeof c.duration === 'number' && Number.isInteger(c.duration) && c.duration >= 0 ? [] : ['Silence needs a duration in whole ms']),
  },
  Audio: {
    allowed: [...BASE, 'source'],
    check: (c) => [
      ...(typeof c.source === 'string' && /^(https:\/\/|soundbank:\/\/)/.test(c.source) ? [] : [`source ${JSON.stringify(c.source)} is not https:// or soundbank://`]),
      ...trimDuration(c),
    ],
  },
  Mixer: { allowed: [...BASE, ...MULTI_CHILD], check: children },
  Sequencer: { allowed: [...BASE, ...MULTI_CHILD], check: children },
  Selector: {
    allowed: [...BASE, ...MULTI_CHILD, 'strategy'],
    check: (c) => [
      ...children(c),
      ...(c.strategy === undefined || ['normal', 'randomItem', 'randomData', 'randomItemRandomData'].includes(c.strategy as string) ? [] : [`strategy ${JSON.stringify(c.strategy)}`]),
    ],
  },
};

function trimDuration(c: Record<string, unknown>): string[] {
  return c.duration === undefined || c.duration === 'auto' || c.duration === 'trimToParent' ? [] : [`duration ${JSON.stringify(c.duration)}`];
}

function children(c: Record<string, unknown>): string[] {
  return Array.isArray(c.items) && c.items.length > 0 ? [] : ['a multi-child component needs a non-empty items array'];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems with an APLA document, each with its JSON path; [] when it follows the rules. */
export function aplaRuleProblems(document: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(document)) return ['the document is not an object'];
  if (document.type !== 'APLA') problems.push(`type ${JSON.stringify(document.type)} is not "APLA"`);
  if (typeof document.version !== 'string' || !/^0\.(8|9|91)$/.test(document.version)) problems.push(`version ${JSON.stringify(document.version)}`);
  for (const key of Object.keys(document)) {
    if (!['type', 'version', 'description', 'compositions', 'resources', 'mainTemplate'].includes(key)) problems.push(`unknown document property ${key}`);
  }
  const main = document.mainTemplate;
  if (!isObject(main)) return [...problems, 'no mainTemplate'];
  if (main.parameters !== undefined && !Array.isArray(main.parameters)) problems.push('mainTemplate.parameters is not an array');
  if (!isObject(main.item)) return [...problems, 'mainTemplate has no item'];
  if (JSON.stringify(document).includes('${')) problems.push('data binding (${…}) in a document that should be fully inflated');
  walk(main.item, '/mainTemplate/item', problems);
  if (isObject(main.item) && main.item.type === 'Silence') problems.push('a document cannot be a Silence alone');
  return problems;
}

function walk(component: unknown, path: string, problems: string[]): void {
  if (!isObject(component)) {
    problems.push(`${path}: not a component`);
    return;
  }
  const rules = COMPONENTS[component.type as string];
  if (!rules) {
    problems.push(`${path}: unknown component type ${JSON.stringify(component.type)}`);
    return;
  }
  for (const key of Object.keys(component)) if (!rules.allowed.includes(key)) problems.push(`${path}: ${component.type} has no property ${key}`);
  for (const problem of rules.check(component)) problems.push(`${path}: ${problem}`);
  if (Array.isArray(component.items)) component.items.forEach((item, i) => walk(item, `${path}/items/${i}`, problems));
}
