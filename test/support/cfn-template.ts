/**
 * Reading and checking the deploy configuration: the CloudFormation template
 * (infrastructure/skill-stack.yaml) and ask-resources.json.
 *
 * The checks are plain functions that return a list of problems (empty = fine), so
 * a test can prove they bite by feeding them a carelessly edited copy.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument, type Tags } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// ---------------------------------------------------------------------------
// YAML with CloudFormation's short-form tags
// ---------------------------------------------------------------------------

/** Short form → long form name. `!Ref` and `!Condition` are not `Fn::` functions. */
const SHORT_FORMS: Record<string, string> = {
  Ref: 'Ref',
  Condition: 'Condition',
  GetAtt: 'Fn::GetAtt',
  Sub: 'Fn::Sub',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  Not: 'Fn::Not',
  And: 'Fn::And',
  Or: 'Fn::Or',
  FindInMap: 'Fn::FindInMap',
  Split: 'Fn::Split',
  GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
};

function cfnTags(): Tags {
  const tags: Tags = [];
  for (const [short, long] of Object.entries(SHORT_FORMS)) {
    const tag = `!${short}`;
    tags.push({
      tag,
      resolve: (value: string) =>
        // `!GetAtt Res.Attr` is the scalar form of `Fn::GetAtt: [Res, Attr]`.
        short === 'GetAtt' ? { [long]: splitGetAtt(value) } : { [long]: value },
    });
    for (const collection of ['seq', 'map'] as const) {
      tags.push({
        tag,
        collection,
        resolve: (node) => ({ [long]: node.toJSON() }),
      });
    }
  }
  return tags;
}

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

/**
 * Parses a CloudFormation YAML template into its JSON (long-form) equivalent.
 * Throws on any YAML error or warning, an unknown tag included.
 */
export function parseCfnYaml(text: string): JsonObject {
  const doc = parseDocument(text, { customTags: cfnTags(), uniqueKeys: true });
  const issues = [...doc.errors, ...doc.warnings];
  if (issues.length > 0) {
    throw new Error(`template YAML: ${issues.map((e) => e.message).join('; ')}`);
  }
  // maxAliasCount 0: a YAML alias (*name) throws; the template stays plain YAML.
  const value = doc.toJS({ maxAliasCount: 0 }) as unknown;
  if (!isObject(value)) throw new Error('template YAML: top level is not a mapping');
  return value;
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality; the order of keys in a mapping does not matter, the order in a list does. */
function deepEqual(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

const ref = (name: string) => ({ Ref: name });
const getAtt = (resource: string, attribute: string) => ({ 'Fn::GetAtt': [resource, attribute] });

/** Every string inside a value (for spotting `*` inside !Sub or !Join pieces). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (isObject(value)) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Logical IDs a value refers to (Ref, GetAtt, ${Name} in Sub), pseudo-parameters left out. */
function referencesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((v) => referencesIn(v, out));
  } else if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') out.add(inner);
      else if (key === 'Fn::GetAtt') {
        const target = Array.isArray(inner) ? inner[0] : typeof inner === 'string' ? inner.split('.')[0] : undefined;
        if (typeof target === 'string') out.add(target);
      } else if (key === 'Fn::Sub') {
        const [text, vars] = Array.isArray(inner) ? [inner[0], inner[1]] : [inner, undefined];
        const local = new Set(isObject(vars) ? Object.keys(vars) : []);
        if (typeof text === 'string') {
          for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
            const name = m[1].split('.')[0];
            if (!local.has(name)) out.add(name);
          }
        }
        if (vars !== undefined) referencesIn(vars, out);
      } else referencesIn(inner, out);
    }
  }
  for (const name of [...out]) if (name.startsWith('AWS::')) out.delete(name);
  return out;
}

// ---------------------------------------------------------------------------
// The template check
// ---------------------------------------------------------------------------

/** The parameters the ASK CLI v2 cfn-deployer passes on every deploy. */
export const CFN_DEPLOYER_PARAMETERS = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'] as const;

/** The only things the function's role may do. */
export const TABLE_ACTIONS = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'];
export const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

export const EXPECTED_RUNTIME = 'nodejs24.x';
/**
 * The runtimes a deploy may choose: Lambda no longer creates nodejs20.x functions and
 * deprecates nodejs22.x on 2027-04-30. The bundle targets Node.js 20, so it runs on both.
 */
export const SUPPORTED_RUNTIMES = ['nodejs22.x', 'nodejs24.x'] as const;

/** Whether CloudFormation would accept `value` for a String parameter (AllowedValues, AllowedPattern). */
export function parameterAccepts(spec: unknown, value: string): boolean {
  if (!isObject(spec)) return false;
  if (Array.isArray(spec.AllowedValues) && !spec.AllowedValues.includes(value)) return false;
  if (typeof spec.AllowedPattern === 'string' && !new RegExp(`^(?:${spec.AllowedPattern})$`).test(value)) return false;
  return true;
}
export const EXPECTED_HANDLER = 'index.handler';

interface Resource {
  id: string;
  type: string;
  properties: JsonObject;
  raw: JsonObject;
}

/**
 * Everything wrong with the skill's CloudFormation template, as sentences.
 * An empty list means the template meets the deploy rules.
 */
export function templateProblems(template: unknown): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);

  if (!isObject(template)) return ['template is not a mapping'];
  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const resourcesSection = isObject(template.Resources) ? template.Resources : {};
  const outputs = isObject(template.Outputs) ? template.Outputs : {};

  const resources: Resource[] = Object.entries(resourcesSection).map(([id, raw]) => {
    const r = isObject(raw) ? raw : {};
    return { id, type: String(r.Type), properties: isObject(r.Properties) ? r.Properties : {}, raw: r };
  });
  const ofType = (type: string) => resources.filter((r) => r.type === type);
  const one = (type: string): Resource | undefined => {
    const found = ofType(type);
    if (found.length !== 1) {
      fail(`expected exactly one ${type}, found ${found.length}`);
      return undefined;
    }
    return found[0];
  };

  // --- parameters: what the cfn-deployer passes must be declared; nothing else may be required
  for (const name of CFN_DEPLOYER_PARAMETERS) {
    if (!isObject(parameters[name])) fail(`parameter ${name} (passed by the cfn-deployer) is not declared`);
  }
  for (const [name, spec] of Object.entries(parameters)) {
    if (!(CFN_DEPLOYER_PARAMETERS as readonly string[]).includes(name) && !(isObject(spec) && 'Default' in spec)) {
      fail(`parameter ${name} is not passed by the cfn-deployer and has no Default`);
    }
  }
  const runtimeParam = parameters.LambdaRuntime;
  if (isObject(runtimeParam) && runtimeParam.Default !== EXPECTED_RUNTIME) {
    fail(`parameter LambdaRuntime should default to ${EXPECTED_RUNTIME}, not ${show(runtimeParam.Default)}`);
  }
  if (isObject(runtimeParam)) {
    if (!Array.isArray(runtimeParam.AllowedValues)) fail('parameter LambdaRuntime should list its AllowedValues (a pattern lets through runtimes Lambda refuses)');
    const refused = SUPPORTED_RUNTIMES.filter((runtime) => !parameterAccepts(runtimeParam, runtime));
    if (refused.length > 0) fail(`parameter LambdaRuntime refuses ${refused.join(', ')}`);
    const extra = asList(runtimeParam.AllowedValues).filter((v) => !(SUPPORTED_RUNTIMES as readonly unknown[]).includes(v));
    if (extra.length > 0) fail(`parameter LambdaRuntime allows ${show(extra)}, only ${SUPPORTED_RUNTIMES.join(' and ')} are supported`);
  }

  const table = one('AWS::DynamoDB::Table');
  const logGroup = one('AWS::Logs::LogGroup');
  const fn = one('AWS::Lambda::Function');

  // --- the table
  if (table) {
    const p = table.properties;
    if (p.BillingMode !== 'PAY_PER_REQUEST') fail(`table BillingMode should be PAY_PER_REQUEST, is ${show(p.BillingMode)}`);
    if (p.ProvisionedThroughput !== undefined) fail('table has ProvisionedThroughput (fixed cost at rest)');
    if (!deepEqual(p.KeySchema, [{ AttributeName: 'id', KeyType: 'HASH' }])) {
      fail(`table KeySchema should be only \`id\` HASH, is ${show(p.KeySchema)}`);
    }
    const idAttribute = asList(p.AttributeDefinitions).find((a) => isObject(a) && a.AttributeName === 'id');
    if (!isObject(idAttribute) || idAttribute.AttributeType !== 'S') fail('table attribute `id` is not defined as a string (S)');
    const pitr = p.PointInTimeRecoverySpecification;
    if (!isObject(pitr) || pitr.PointInTimeRecoveryEnabled !== true) fail('table point-in-time recovery is not enabled');
    const sse = p.SSESpecification;
    if (!isObject(sse) || sse.SSEEnabled !== true) fail('table SSESpecification.SSEEnabled is not true');
    if (table.raw.DeletionPolicy !== 'Retain') fail('table DeletionPolicy is not Retain (user data would go with the stack)');
    if (table.raw.UpdateReplacePolicy !== 'Retain') fail('table UpdateReplacePolicy is not Retain');
  }

  // --- the function
  let roleId: string | undefined;
  if (fn) {
    const p = fn.properties;
    const runtimeOk =
      p.Runtime === EXPECTED_RUNTIME ||
      (deepEqual(p.Runtime, ref('LambdaRuntime')) && isObject(runtimeParam) && runtimeParam.Default === EXPECTED_RUNTIME);
    if (!runtimeOk) fail(`function Runtime should be ${EXPECTED_RUNTIME} (directly or via LambdaRuntime), is ${show(p.Runtime)}`);
    const handlerOk = p.Handler === EXPECTED_HANDLER || deepEqual(p.Handler, ref('LambdaHandler'));
    if (!handlerOk) fail(`function Handler should be ${EXPECTED_HANDLER} or !Ref LambdaHandler, is ${show(p.Handler)}`);
    if (!deepEqual(p.Architectures, ['arm64'])) fail(`function Architectures should be [arm64], is ${show(p.Architectures)}`);
    if (typeof p.Timeout !== 'number' || p.Timeout >= 8 || p.Timeout < 3) {
      fail(`function Timeout should be 3–7 s (Alexa waits 8 s), is ${show(p.Timeout)}`);
    }
    if (typeof p.MemorySize !== 'number' || p.MemorySize < 128 || p.MemorySize > 1024) {
      fail(`function MemorySize should be 128–1024 MB, is ${show(p.MemorySize)}`);
    }
    const code = isObject(p.Code) ? p.Code : {};
    if (!deepEqual(code.S3Bucket, ref('CodeBucket'))) fail('function Code.S3Bucket is not !Ref CodeBucket');
    if (!deepEqual(code.S3Key, ref('CodeKey'))) fail('function Code.S3Key is not !Ref CodeKey');
    if (!deepEqual(code.S3ObjectVersion, ref('CodeVersion'))) {
      fail('function Code.S3ObjectVersion is not !Ref CodeVersion (new code would not update the function)');
    }
    const env = isObject(p.Environment) && isObject(p.Environment.Variables) ? p.Environment.Variables : {};
    if (!deepEqual(env.SKILL_ID, ref('SkillId'))) fail(`function environment SKILL_ID should be !Ref SkillId, is ${show(env.SKILL_ID)}`);
    if (table && !deepEqual(env.TABLE_NAME, ref(table.id))) {
      fail(`function environment TABLE_NAME should be !Ref ${table.id}, is ${show(env.TABLE_NAME)}`);
    }
    const role = p.Role;
    if (isObject(role) && Array.isArray(role['Fn::GetAtt']) && role['Fn::GetAtt'][1] === 'Arn') {
      roleId = String(role['Fn::GetAtt'][0]);
    } else {
      fail(`function Role should be !GetAtt <a role in this template>.Arn, is ${show(role)}`);
    }
  }

  // --- the log group: /aws/lambda/<function name>, with a retention
  if (logGroup) {
    const p = logGroup.properties;
    if (typeof p.RetentionInDays !== 'number' || p.RetentionInDays <= 0) fail('log group has no RetentionInDays (logs kept forever)');
    if (fn && !logGroupNamesFunction(p.LogGroupName, fn)) {
      fail(`log group name ${show(p.LogGroupName)} is not /aws/lambda/ + the function's name`);
    }
  }

  // --- IAM: no managed policies anywhere; the function's role may do exactly what the skill needs
  for (const r of resources) {
    if (r.type === 'AWS::IAM::ManagedPolicy') fail(`${r.id}: managed policy resource (use the role's inline policy)`);
    if (r.type === 'AWS::IAM::Role' && asList(r.properties.ManagedPolicyArns).length > 0) {
      fail(`${r.id}: ManagedPolicyArns ${show(r.properties.ManagedPolicyArns)} (managed policies are not allowed)`);
    }
  }
  const role = roleId ? resources.find((r) => r.id === roleId) : undefined;
  if (roleId && (!role || role.type !== 'AWS::IAM::Role')) fail(`function role ${roleId} is not an AWS::IAM::Role in this template`);
  if (role) {
    checkTrustPolicy(role, fail);
    const statements = roleStatements(role, resources);
    checkPermissions(statements, table?.id, logGroup?.id, fail);
  }

  // --- the Alexa Skills Kit trigger, bound to this skill's ID
  const permissions = ofType('AWS::Lambda::Permission');
  if (permissions.length === 0) fail('no AWS::Lambda::Permission: Alexa could not invoke the function');
  let alexaTrigger = false;
  for (const perm of permissions) {
    const p = perm.properties;
    if (String(p.Action).toLowerCase() !== 'lambda:invokefunction') fail(`${perm.id}: Action should be lambda:InvokeFunction, is ${show(p.Action)}`);
    if (p.Principal !== 'alexa-appkit.amazon.com') fail(`${perm.id}: Principal should be alexa-appkit.amazon.com, is ${show(p.Principal)}`);
    if (!deepEqual(p.EventSourceToken, ref('SkillId'))) {
      fail(`${perm.id}: EventSourceToken should be !Ref SkillId (the skill-ID condition), is ${show(p.EventSourceToken)}`);
    }
    if (fn && !deepEqual(p.FunctionName, getAtt(fn.id, 'Arn')) && !deepEqual(p.FunctionName, ref(fn.id))) {
      fail(`${perm.id}: FunctionName does not point at ${fn.id}`);
    }
    if (p.Principal === 'alexa-appkit.amazon.com' && deepEqual(p.EventSourceToken, ref('SkillId'))) alexaTrigger = true;
  }
  if (permissions.length > 0 && !alexaTrigger) fail('no Alexa Skills Kit trigger restricted to this skill ID');

  // --- outputs the cfn-deployer and the README rely on
  const endpoint = outputs.SkillEndpoint;
  if (!isObject(endpoint)) fail('output SkillEndpoint (read by the cfn-deployer) is missing');
  else if (fn && !deepEqual(endpoint.Value, getAtt(fn.id, 'Arn'))) fail(`output SkillEndpoint should be !GetAtt ${fn.id}.Arn`);
  if (table && !Object.values(outputs).some((o) => isObject(o) && deepEqual(o.Value, ref(table.id)))) {
    fail('no output gives the table name');
  }

  // --- CloudFormation refuses templates with dependency cycles
  const cycle = findCycle(resources);
  if (cycle) fail(`dependency cycle: ${cycle.join(' -> ')}`);

  return problems;
}

/** True if the log group's name is `/aws/lambda/` followed by the function's (generated or given) name. */
function logGroupNamesFunction(name: unknown, fn: Resource): boolean {
  const fnName = fn.properties.FunctionName;
  if (fnName === undefined) {
    // Generated name: the log group has to name the function by Ref.
    return deepEqual(name, { 'Fn::Sub': `/aws/lambda/\${${fn.id}}` }) || deepEqual(name, { 'Fn::Join': ['', ['/aws/lambda/', ref(fn.id)]] });
  }
  if (typeof fnName === 'string') return name === `/aws/lambda/${fnName}` || deepEqual(name, { 'Fn::Sub': `/aws/lambda/${fnName}` });
  if (isObject(fnName) && 'Fn::Sub' in fnName && isObject(name) && 'Fn::Sub' in name) {
    const [fnText, fnVars] = asList(fnName['Fn::Sub']);
    const [lgText, lgVars] = asList(name['Fn::Sub']);
    return typeof fnText === 'string' && lgText === `/aws/lambda/${fnText}` && deepEqual(fnVars, lgVars);
  }
  return deepEqual(name, { 'Fn::Join': ['', ['/aws/lambda/', fnName]] });
}

function checkTrustPolicy(role: Resource, fail: (m: string) => void): void {
  const doc = role.properties.AssumeRolePolicyDocument;
  const statements = isObject(doc) ? asList(doc.Statement) : [];
  if (statements.length === 0) fail(`${role.id}: no trust policy`);
  for (const s of statements) {
    if (!isObject(s)) continue;
    const principal = isObject(s.Principal) ? s.Principal : {};
    if (!deepEqual(asList(principal.Service), ['lambda.amazonaws.com']) || Object.keys(principal).length !== 1) {
      fail(`${role.id}: trust policy principal should be only lambda.amazonaws.com, is ${show(s.Principal)}`);
    }
    if (!deepEqual(asList(s.Action), ['sts:AssumeRole'])) fail(`${role.id}: trust policy action should be sts:AssumeRole, is ${show(s.Action)}`);
  }
}

interface Statement {
  where: string;
  body: JsonObject;
}

/** Statements of the role's inline policies and of any policy resource attached to it. */
function roleStatements(role: Resource, resources: Resource[]): Statement[] {
  const out: Statement[] = [];
  const addDoc = (where: string, doc: unknown) => {
    const statements = isObject(doc) ? asList(doc.Statement) : [];
    statements.forEach((s, i) => out.push({ where: `${where} statement ${i + 1}`, body: isObject(s) ? s : {} }));
  };
  asList(role.properties.Policies).forEach((policy, i) => {
    if (isObject(policy)) addDoc(`${role.id} policy ${String(policy.PolicyName ?? i + 1)}`, policy.PolicyDocument);
  });
  for (const r of resources) {
    const attachedTo =
      r.type === 'AWS::IAM::Policy' || r.type === 'AWS::IAM::ManagedPolicy'
        ? asList(r.properties.Roles)
        : r.type === 'AWS::IAM::RolePolicy'
          ? [r.properties.RoleName]
          : [];
    if (attachedTo.some((x) => deepEqual(x, ref(role.id)))) addDoc(r.id, r.properties.PolicyDocument);
  }
  return out;
}

function checkPermissions(statements: Statement[], tableId: string | undefined, logGroupId: string | undefined, fail: (m: string) => void): void {
  const expected = new Map<string, unknown>();
  if (tableId) TABLE_ACTIONS.forEach((a) => expected.set(a.toLowerCase(), getAtt(tableId, 'Arn')));
  if (logGroupId) LOG_ACTIONS.forEach((a) => expected.set(a.toLowerCase(), getAtt(logGroupId, 'Arn')));
  const granted = new Set<string>();

  for (const { where, body } of statements) {
    for (const key of ['NotAction', 'NotResource', 'NotPrincipal']) {
      if (key in body) fail(`${where}: ${key} grants by exclusion (not allowed)`);
    }
    const actions = asList(body.Action);
    const resources = asList(body.Resource);
    for (const a of actions) {
      if (typeof a !== 'string' || a.includes('*')) fail(`${where}: wildcard or non-literal action ${show(a)}`);
    }
    for (const r of resources) {
      if (stringsIn(r).some((s) => s.includes('*'))) fail(`${where}: wildcard in resource ${show(r)}`);
    }
    if (body.Effect !== 'Allow') continue; // a Deny only takes away
    if (resources.length === 0) fail(`${where}: no Resource`);
    for (const a of actions) {
      if (typeof a !== 'string' || a.includes('*')) continue;
      const want = expected.get(a.toLowerCase());
      if (want === undefined) {
        fail(`${where}: action ${a} is not needed by the skill`);
        continue;
      }
      granted.add(a.toLowerCase());
      for (const r of resources) {
        if (!deepEqual(r, want)) fail(`${where}: ${a} on ${show(r)}; only ${show(want)} is allowed`);
      }
    }
  }
  for (const a of [...TABLE_ACTIONS, ...LOG_ACTIONS]) {
    if (expected.has(a.toLowerCase()) && !granted.has(a.toLowerCase())) fail(`role does not allow ${a}, which the skill needs`);
  }
}

function findCycle(resources: Resource[]): string[] | undefined {
  const ids = new Set(resources.map((r) => r.id));
  const edges = new Map<string, string[]>();
  for (const r of resources) {
    const deps = referencesIn(r.raw.Properties);
    asList(r.raw.DependsOn).forEach((d) => typeof d === 'string' && deps.add(d));
    edges.set(r.id, [...deps].filter((d) => ids.has(d)));
  }
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of ids) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The cfn-deployer fetches the skill's LWA client credentials, and passes them as
 * two extra parameters, whenever the template *text* contains both names, even in
 * a comment; CloudFormation then fails on the undeclared parameters.
 */
export function templateTextProblems(text: string): string[] {
  const parsed = (() => {
    try {
      return parseCfnYaml(text);
    } catch {
      return {};
    }
  })();
  const declared = isObject(parsed.Parameters) ? Object.keys(parsed.Parameters) : [];
  const names = ['SkillClientId', 'SkillClientSecret'];
  if (names.every((n) => text.includes(n)) && !names.every((n) => declared.includes(n))) {
    return [`template text mentions ${names.join(' and ')} without declaring both as parameters`];
  }
  return [];
}

// ---------------------------------------------------------------------------
// ask-resources.json
// ---------------------------------------------------------------------------

/** Everything wrong with ask-resources.json for this project, checked against files under `root`. */
export function askResourcesProblems(config: unknown, root: string): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  if (!isObject(config)) return ['ask-resources.json is not an object'];
  if (config.askcliResourcesVersion !== '2020-03-31') fail(`askcliResourcesVersion should be 2020-03-31, is ${show(config.askcliResourcesVersion)}`);
  const profile = isObject(config.profiles) && isObject(config.profiles.default) ? config.profiles.default : undefined;
  if (!profile) return [...problems, 'no profiles.default'];

  const metadata = isObject(profile.skillMetadata) ? profile.skillMetadata : {};
  if (metadata.src !== './skill-package') fail(`skillMetadata.src should be ./skill-package, is ${show(metadata.src)}`);
  else if (!isDirectory(resolve(root, metadata.src))) fail('skillMetadata.src folder does not exist');

  const code = isObject(profile.code) && isObject(profile.code.default) ? profile.code.default : {};
  // ./dist is the build output (not committed); it only has to be the bundle's folder.
  if (code.src !== './dist') fail(`code.default.src should be ./dist (the esbuild bundle folder), is ${show(code.src)}`);

  const infra = isObject(profile.skillInfrastructure) ? profile.skillInfrastructure : {};
  if (infra.type !== '@ask-cli/cfn-deployer') fail(`skillInfrastructure.type should be @ask-cli/cfn-deployer, is ${show(infra.type)}`);
  const user = isObject(infra.userConfig) ? infra.userConfig : {};
  if (user.runtime !== EXPECTED_RUNTIME) fail(`userConfig.runtime should be ${EXPECTED_RUNTIME}, is ${show(user.runtime)}`);
  if (user.handler !== EXPECTED_HANDLER) fail(`userConfig.handler should be ${EXPECTED_HANDLER}, is ${show(user.handler)}`);
  if (user.templatePath !== './infrastructure/skill-stack.yaml') fail(`userConfig.templatePath should be ./infrastructure/skill-stack.yaml, is ${show(user.templatePath)}`);
  else if (!existsSync(resolve(root, user.templatePath))) fail('userConfig.templatePath file does not exist');
  if (user.awsRegion !== 'us-east-1') fail(`userConfig.awsRegion should be us-east-1, is ${show(user.awsRegion)}`);
  return problems;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
