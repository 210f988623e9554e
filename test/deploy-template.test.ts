/**
 * The deploy configuration: infrastructure/skill-stack.yaml (CloudFormation, deployed by
 * the ASK CLI v2 cfn-deployer), ask-resources.json and scripts/deploy.mjs. No network,
 * no AWS account: the template is parsed and checked as data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CFN_DEPLOYER_PARAMETERS,
  askResourcesProblems,
  parameterAccepts,
  parseCfnYaml,
  templateProblems,
  templateTextProblems,
} from './support/cfn-template';

const ROOT = join(__dirname, '..');
const TEMPLATE_PATH = join(ROOT, 'infrastructure', 'skill-stack.yaml');
const templateText = readFileSync(TEMPLATE_PATH, 'utf8');
const askResources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8'));

type Obj = Record<string, any>;
/** A fresh parsed copy for each test, so mutations never leak. */
const template = (): Obj => parseCfnYaml(templateText);
const resourceOfType = (t: Obj, type: string): Obj => {
  const found = Object.values(t.Resources as Obj).filter((r: Obj) => r.Type === type);
  expect(found).toHaveLength(1);
  return found[0];
};
const idOfType = (t: Obj, type: string): string => {
  const found = Object.entries(t.Resources as Obj).filter(([, r]) => (r as Obj).Type === type);
  expect(found).toHaveLength(1);
  return found[0][0];
};
const runtimeStatements = (t: Obj): Obj[] => resourceOfType(t, 'AWS::IAM::Role').Properties.Policies[0].PolicyDocument.Statement;

describe('infrastructure/skill-stack.yaml', () => {
  test('parses as CloudFormation YAML (short-form tags resolved)', () => {
    const t = template();
    expect(t.AWSTemplateFormatVersion).toBe('2010-09-09');
    const fn = resourceOfType(t, 'AWS::Lambda::Function');
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [idOfType(t, 'AWS::IAM::Role'), 'Arn'] });
  });

  test('meets every deploy rule: templateProblems() is empty', () => {
    expect(templateProblems(template())).toEqual([]);
    expect(templateTextProblems(templateText)).toEqual([]);
  });

  test('declares the parameters the cfn-deployer passes, runtime defaulting to nodejs24.x', () => {
    const t = template();
    expect(Object.keys(t.Parameters)).toEqual(expect.arrayContaining([...CFN_DEPLOYER_PARAMETERS]));
    expect(t.Parameters.LambdaRuntime.Default).toBe('nodejs24.x');
    expect(t.Parameters.LambdaHandler.Default).toBe('index.handler');
  });

  test('runtime: a deploy may choose nodejs22.x or nodejs24.x, never nodejs20.x (Lambda no longer creates it) nor a version that does not exist', () => {
    const runtime = template().Parameters.LambdaRuntime;
    expect(['nodejs22.x', 'nodejs24.x'].filter((v) => parameterAccepts(runtime, v))).toEqual(['nodejs22.x', 'nodejs24.x']);
    for (const refused of ['nodejs20.x', 'nodejs18.x', 'nodejs23.x', 'nodejs25.x', 'nodejs99.x', 'python3.13']) {
      expect({ refused, accepted: parameterAccepts(runtime, refused) }).toEqual({ refused, accepted: false });
    }
  });

  test('function: arm64, timeout under Alexa’s 8 s, sensible memory, SKILL_ID and TABLE_NAME wired', () => {
    const t = template();
    const p = resourceOfType(t, 'AWS::Lambda::Function').Properties;
    expect(p.Runtime).toEqual({ Ref: 'LambdaRuntime' });
    expect(p.Architectures).toEqual(['arm64']);
    expect(p.Timeout).toBeLessThan(8);
    expect(p.MemorySize).toBeGreaterThanOrEqual(128);
    expect(p.MemorySize).toBeLessThanOrEqual(1024);
    expect(p.Environment.Variables.SKILL_ID).toEqual({ Ref: 'SkillId' });
    expect(p.Environment.Variables.TABLE_NAME).toEqual({ Ref: idOfType(t, 'AWS::DynamoDB::Table') });
  });

  test('table: on demand, key `id` string, PITR and SSE on, retained with the data', () => {
    const t = template();
    const table = resourceOfType(t, 'AWS::DynamoDB::Table');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
    expect(table.Properties.AttributeDefinitions).toEqual([{ AttributeName: 'id', AttributeType: 'S' }]);
    expect(table.Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled).toBe(true);
    expect(table.Properties.SSESpecification.SSEEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });

  test('role: exactly the three item actions the skill uses on the table, two log actions on the log group, nothing else', () => {
    const t = template();
    const role = resourceOfType(t, 'AWS::IAM::Role');
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const statements = runtimeStatements(t);
    const table = idOfType(t, 'AWS::DynamoDB::Table');
    const logGroup = idOfType(t, 'AWS::Logs::LogGroup');
    expect(statements.map((s) => [[...s.Action].sort(), s.Resource])).toEqual([
      [
        ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem'],
        { 'Fn::GetAtt': [table, 'Arn'] },
      ],
      [['logs:CreateLogStream', 'logs:PutLogEvents'], { 'Fn::GetAtt': [logGroup, 'Arn'] }],
    ]);
    expect(JSON.stringify(statements.map((s) => [s.Action, s.Resource]))).not.toContain('*');
  });

  test('log group: /aws/lambda/<function name>, retention set', () => {
    const t = template();
    const group = resourceOfType(t, 'AWS::Logs::LogGroup').Properties;
    const fn = resourceOfType(t, 'AWS::Lambda::Function').Properties;
    expect(group.RetentionInDays).toBe(30);
    const [fnText, fnVars] = fn.FunctionName['Fn::Sub'];
    expect(group.LogGroupName['Fn::Sub']).toEqual([`/aws/lambda/${fnText}`, fnVars]);
    // Lambda caps function names at 64 characters: prefix + a 36-character stack UUID.
    expect(fnText.replace('${StackUuid}', 'x'.repeat(36)).length).toBeLessThanOrEqual(64);
  });

  test('Alexa trigger: alexa-appkit.amazon.com, restricted to this skill ID', () => {
    const t = template();
    const p = resourceOfType(t, 'AWS::Lambda::Permission').Properties;
    expect(p.Action).toBe('lambda:InvokeFunction');
    expect(p.Principal).toBe('alexa-appkit.amazon.com');
    expect(p.EventSourceToken).toEqual({ Ref: 'SkillId' });
    expect(p.FunctionName).toEqual({ 'Fn::GetAtt': [idOfType(t, 'AWS::Lambda::Function'), 'Arn'] });
  });

  // cfn-lint checks every property against AWS's resource specification. It is a Python
  // tool, not a project dependency: the test runs where it is installed and is reported
  // as skipped elsewhere.
  const cfnLintFound = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0;
  (cfnLintFound ? test : test.skip)('cfn-lint finds nothing, informational checks included', () => {
    const result = spawnSync('cfn-lint', ['--regions', 'us-east-1', '--include-checks', 'I', '--', TEMPLATE_PATH], {
      encoding: 'utf8',
      timeout: 60000,
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('outputs: SkillEndpoint (read by the cfn-deployer) is the function ARN; table name given', () => {
    const t = template();
    expect(t.Outputs.SkillEndpoint.Value).toEqual({ 'Fn::GetAtt': [idOfType(t, 'AWS::Lambda::Function'), 'Arn'] });
    expect(Object.values(t.Outputs as Obj).map((o: Obj) => o.Value)).toContainEqual({ Ref: idOfType(t, 'AWS::DynamoDB::Table') });
  });
});

describe('templateProblems() catches careless edits', () => {
  /** Applies an edit to a fresh copy and returns what the checker says. */
  const problemsAfter = (edit: (t: Obj) => void): string[] => {
    const t = template();
    edit(t);
    return templateProblems(t);
  };

  test.each<[string, (t: Obj) => void, RegExp]>([
    ['dynamodb:* added', (t) => runtimeStatements(t)[0].Action.push('dynamodb:*'), /wildcard or non-literal action "dynamodb:\*"/],
    ['a Scan on the table', (t) => runtimeStatements(t)[0].Action.push('dynamodb:Scan'), /dynamodb:Scan is not needed/],
    ['table resource widened to *', (t) => (runtimeStatements(t)[0].Resource = '*'), /wildcard in resource "\*"/],
    [
      'table resource widened inside !Sub',
      (t) => (runtimeStatements(t)[0].Resource = { 'Fn::Sub': 'arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/*' }),
      /wildcard in resource/,
    ],
    ['log actions on every group', (t) => (runtimeStatements(t)[1].Resource = 'arn:aws:logs:*:*:*'), /wildcard in resource/],
    ['logs:CreateLogGroup added', (t) => runtimeStatements(t)[1].Action.push('logs:CreateLogGroup'), /logs:CreateLogGroup is not needed/],
    ['log actions granted on the table', (t) => (runtimeStatements(t)[1].Resource = { 'Fn::GetAtt': ['UserTable', 'Arn'] }), /logs:CreateLogStream on/],
    ['a needed action removed', (t) => runtimeStatements(t)[0].Action.splice(0, 1), /does not allow dynamodb:GetItem/],
    ['NotAction used', (t) => (runtimeStatements(t)[0].NotAction = ['iam:*']), /NotAction grants by exclusion/],
    [
      'AWSLambdaBasicExecutionRole attached',
      (t) =>
        (resourceOfType(t, 'AWS::IAM::Role').Properties.ManagedPolicyArns = [
          'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
        ]),
      /ManagedPolicyArns/,
    ],
    [
      'a separate policy resource with dynamodb:*',
      (t) =>
        (t.Resources.Extra = {
          Type: 'AWS::IAM::Policy',
          Properties: {
            PolicyName: 'extra',
            Roles: [{ Ref: 'SkillFunctionRole' }],
            PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: { 'Fn::GetAtt': ['UserTable', 'Arn'] } }] },
          },
        }),
      /Extra statement 1: wildcard or non-literal action/,
    ],
    ['EventSourceToken dropped', (t) => delete resourceOfType(t, 'AWS::Lambda::Permission').Properties.EventSourceToken, /EventSourceToken should be !Ref SkillId/],
    ['principal changed', (t) => (resourceOfType(t, 'AWS::Lambda::Permission').Properties.Principal = '*'), /Principal should be alexa-appkit.amazon.com/],
    ['permission removed', (t) => delete t.Resources.AlexaSkillKitPermission, /no AWS::Lambda::Permission/],
    ['x86_64', (t) => (resourceOfType(t, 'AWS::Lambda::Function').Properties.Architectures = ['x86_64']), /Architectures should be \[arm64\]/],
    ['timeout 8 s', (t) => (resourceOfType(t, 'AWS::Lambda::Function').Properties.Timeout = 8), /Timeout should be 3–7 s/],
    ['memory 3008 MB', (t) => (resourceOfType(t, 'AWS::Lambda::Function').Properties.MemorySize = 3008), /MemorySize should be/],
    ['runtime default nodejs18.x', (t) => (t.Parameters.LambdaRuntime.Default = 'nodejs18.x'), /LambdaRuntime should default to nodejs24.x/],
    ['runtime nodejs20.x allowed', (t) => t.Parameters.LambdaRuntime.AllowedValues.push('nodejs20.x'), /LambdaRuntime allows \["nodejs20.x"\]/],
    ['a runtime that does not exist allowed', (t) => t.Parameters.LambdaRuntime.AllowedValues.push('nodejs99.x'), /LambdaRuntime allows \["nodejs99.x"\]/],
    [
      'runtime pattern instead of a list',
      (t) => {
        delete t.Parameters.LambdaRuntime.AllowedValues;
        t.Parameters.LambdaRuntime.AllowedPattern = '^nodejs(2[0-9]|[3-9][0-9])\\.x$';
      },
      /LambdaRuntime should list its AllowedValues/,
    ],
    ['nodejs22.x no longer allowed', (t) => (t.Parameters.LambdaRuntime.AllowedValues = ['nodejs24.x']), /LambdaRuntime refuses nodejs22.x/],
    ['SKILL_ID hard-coded', (t) => (resourceOfType(t, 'AWS::Lambda::Function').Properties.Environment.Variables.SKILL_ID = 'amzn1.ask.skill.x'), /SKILL_ID should be !Ref SkillId/],
    ['TABLE_NAME dropped', (t) => delete resourceOfType(t, 'AWS::Lambda::Function').Properties.Environment.Variables.TABLE_NAME, /TABLE_NAME should be/],
    ['provisioned table', (t) => (resourceOfType(t, 'AWS::DynamoDB::Table').Properties.BillingMode = 'PROVISIONED'), /BillingMode should be PAY_PER_REQUEST/],
    ['key renamed', (t) => (resourceOfType(t, 'AWS::DynamoDB::Table').Properties.KeySchema[0].AttributeName = 'userId'), /KeySchema should be only `id`/],
    ['PITR off', (t) => (resourceOfType(t, 'AWS::DynamoDB::Table').Properties.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled = false), /point-in-time recovery/],
    ['table deleted with the stack', (t) => delete resourceOfType(t, 'AWS::DynamoDB::Table').DeletionPolicy, /DeletionPolicy is not Retain/],
    ['no log retention', (t) => delete resourceOfType(t, 'AWS::Logs::LogGroup').Properties.RetentionInDays, /RetentionInDays/],
    ['log group renamed', (t) => (resourceOfType(t, 'AWS::Logs::LogGroup').Properties.LogGroupName = '/hamstring'), /not \/aws\/lambda\//],
    ['SkillEndpoint output renamed', (t) => { t.Outputs.Endpoint = t.Outputs.SkillEndpoint; delete t.Outputs.SkillEndpoint; }, /output SkillEndpoint/],
    ['CodeVersion parameter dropped', (t) => delete t.Parameters.CodeVersion, /parameter CodeVersion/],
    ['required parameter the deployer never passes', (t) => (t.Parameters.Stage = { Type: 'String' }), /Stage is not passed/],
    [
      'function name left to CloudFormation while the role still names the log group',
      (t) => {
        delete resourceOfType(t, 'AWS::Lambda::Function').Properties.FunctionName;
        resourceOfType(t, 'AWS::Logs::LogGroup').Properties.LogGroupName = { 'Fn::Sub': '/aws/lambda/${SkillFunction}' };
      },
      /dependency cycle/,
    ],
  ])('%s', (_name, edit, expected) => {
    const problems = problemsAfter(edit);
    expect(problems).not.toEqual([]);
    expect(problems.join('\n')).toMatch(expected);
  });

  test('naming the LWA client credential parameters in a comment is caught', () => {
    const text = `${templateText}\n# SkillClientId SkillClientSecret\n`;
    expect(templateTextProblems(text)).not.toEqual([]);
  });

  test('an unknown short-form tag is a parse error, not silently a string', () => {
    expect(() => parseCfnYaml('Resources:\n  X: !NotAFunction y\n')).toThrow(/NotAFunction/);
  });

  test('all CloudFormation short forms parse, scalar and sequence', () => {
    const parsed = parseCfnYaml(
      [
        'a: !Ref X',
        'b: !GetAtt X.Arn',
        'c: !GetAtt [X, Arn]',
        'd: !Sub "${X}-y"',
        'e: !Sub ["${V}", {V: !Ref X}]',
        'f: !Join ["", [a, !Ref X]]',
        'g: !Select [0, !GetAZs ""]',
        'h: !If [Cond, !Ref X, !Ref "AWS::NoValue"]',
        'i: !Not [!Equals [!Ref X, ""]]',
        'j: !And [!Condition A, !Or [!Condition B, !Condition C]]',
        'k: !FindInMap [M, !Ref "AWS::Region", K]',
        'l: !Split [",", !ImportValue Exported]',
        'm: !Base64 "text"',
      ].join('\n'),
    );
    expect(parsed).toEqual({
      a: { Ref: 'X' },
      b: { 'Fn::GetAtt': ['X', 'Arn'] },
      c: { 'Fn::GetAtt': ['X', 'Arn'] },
      d: { 'Fn::Sub': '${X}-y' },
      e: { 'Fn::Sub': ['${V}', { V: { Ref: 'X' } }] },
      f: { 'Fn::Join': ['', ['a', { Ref: 'X' }]] },
      g: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      h: { 'Fn::If': ['Cond', { Ref: 'X' }, { Ref: 'AWS::NoValue' }] },
      i: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'X' }, ''] }] },
      j: { 'Fn::And': [{ Condition: 'A' }, { 'Fn::Or': [{ Condition: 'B' }, { Condition: 'C' }] }] },
      k: { 'Fn::FindInMap': ['M', { Ref: 'AWS::Region' }, 'K'] },
      l: { 'Fn::Split': [',', { 'Fn::ImportValue': 'Exported' }] },
      m: { 'Fn::Base64': 'text' },
    });
  });
});

describe('ask-resources.json', () => {
  test('points at ./skill-package, ./dist, the template; nodejs24.x, index.handler, us-east-1', () => {
    expect(askResourcesProblems(askResources, ROOT)).toEqual([]);
    const profile = askResources.profiles.default;
    expect(profile.skillMetadata.src).toBe('./skill-package');
    expect(profile.code.default.src).toBe('./dist');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(profile.skillInfrastructure.userConfig).toMatchObject({
      runtime: 'nodejs24.x',
      handler: 'index.handler',
      templatePath: './infrastructure/skill-stack.yaml',
      awsRegion: 'us-east-1',
    });
    expect(existsSync(join(ROOT, 'skill-package'))).toBe(true);
    expect(existsSync(join(ROOT, 'infrastructure', 'skill-stack.yaml'))).toBe(true);
  });

  test('handler index.handler matches the build output dist/index.js', () => {
    expect(readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8')).toContain("outfile: 'dist/index.js'");
  });

  test('the checker catches a wrong code folder, runtime or template path', () => {
    const broken = JSON.parse(JSON.stringify(askResources));
    broken.profiles.default.code.default.src = './lambda';
    broken.profiles.default.skillInfrastructure.userConfig.runtime = 'nodejs16.x';
    broken.profiles.default.skillInfrastructure.userConfig.templatePath = './infrastructure/cfn-deployer/skill-stack.yaml';
    const problems = askResourcesProblems(broken, ROOT).join('\n');
    expect(problems).toMatch(/code\.default\.src/);
    expect(problems).toMatch(/runtime/);
    expect(problems).toMatch(/templatePath/);
  });
});

describe('npm run deploy', () => {
  test('package.json runs scripts/deploy.mjs, which builds and then runs `ask deploy`', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.deploy).toBe('node scripts/deploy.mjs');
    const script = readFileSync(join(ROOT, 'scripts', 'deploy.mjs'), 'utf8');
    expect(script).toMatch(/run\('npm', \['run', 'build'\]\)[\s\S]*run\('npx', npxAskArgs\(\['deploy', \.\.\.args\]\)\)/);
  });

  test('the ASK CLI runs through npx as ask-cli v2, with the antlr4ts version that loads', () => {
    const code = "import('./scripts/ask-cli.mjs').then((m) => console.log(JSON.stringify(m.npxAskArgs(['deploy', '-p', 'work']))))";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 20000 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      '--yes',
      '--package=ask-cli@2',
      '--package=antlr4ts@0.5.0-alpha.4',
      '--',
      'ask',
      'deploy',
      '-p',
      'work',
    ]);
  });

  test('without `ask configure` it says what to run, before building or touching the network', () => {
    const home = mkdtempSync(join(tmpdir(), 'no-ask-home-'));
    try {
      const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, USERPROFILE: home };
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'deploy.mjs')], { cwd: ROOT, env, encoding: 'utf8', timeout: 20000 });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('node scripts/ask-cli.mjs configure');
      expect(result.stderr).toContain('-- ask configure');
      expect(result.stdout).not.toContain('npm run build');
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
