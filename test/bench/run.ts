// The performance benchmark (ARCHITECTURE.md, "Performance targets"): `npm run bench`.
// A plain script on DynamoDB Local, outside `npm test`: it prints numbers and never fails a build.
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { catalogueLookup, createLocalApi, createLogger, provinceLookup, readConfig, startDynamoLocal } from '@antq/api/local';
import { accountWrite, createDocumentClient, createDynamoClient, ensureTable } from '@antq/db';
import { catalogueContentSchema, type SessionUser, vietnamDay } from '@antq/domain';
import { countingDataAccess } from './counting-client.js';
import { compareReports, timed } from './measure.js';
import { printReport } from './print.js';
import { benchProvince, PROVINCE_ID } from './province.js';
import { coordinatorOf, createCaller, entriesFor, officerOf, onboardProvince, pool, seedDistrict } from './seed.js';
import { measureSubmission } from './submission.js';

const SEED_CONCURRENCY = 30;
const SUBMISSION_SAMPLES = 200;

const started = performance.now();
const say = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

const dynamo = await startDynamoLocal();
const province = await benchProvince();
try {
  const tableName = `bench-${randomUUID()}`;
  await ensureTable(createDynamoClient({ region: 'local', endpoint: dynamo.endpoint }), tableName);
  const config = readConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_NAME: tableName, CATALOGUE_PATH: province.cataloguePath });
  const log = createLogger('silent');
  const findDistrict = catalogueLookup(config.cataloguePath);
  const { data, counter } = countingDataAccess({ endpoint: dynamo.endpoint, region: config.region, tableName });
  const local = await createLocalApi(config, { log });
  const findProvince = provinceLookup(config.cataloguePath);
  const callerFor = (user: SessionUser) => createCaller({ user, requestId: randomUUID(), log, data, identity: local.identity, findDistrict, findProvince });
  const sample = await readFile(new URL('../../services/api/data/catalogues/sample-34-criteria.json', import.meta.url), 'utf8');
  const catalogue = catalogueContentSchema.parse(JSON.parse(sample));
  const year = Number(vietnamDay().slice(0, 4));
  const env = { province, catalogue, year, callerFor, platform: data.platform(), findDistrict };

  say(`seeding ${province.districts.length} districts × ${province.districts[0]!.wardIds.length} wards on DynamoDB Local…`);
  counter.reset();
  const seed = await timed(async () => {
    await onboardProvince(env);
    return pool(province.districts, SEED_CONCURRENCY, (d) => seedDistrict(env, d));
  });
  const seeded = seed.result;
  const seedTally = counter.snapshot();

  say('provincial report vs recomputation…');
  const provinceStaff: SessionUser = { sub: 'bench:tinh01', username: 'tinh.hanoi', displayName: 'Cán bộ tỉnh', roles: ['province_staff'], provinceId: PROVINCE_ID };
  const reports = await compareReports({
    counter,
    callerFor,
    provinceStaff,
    coordinators: seeded.map((d) => coordinatorOf(d.code)),
    year,
    province: { code: PROVINCE_ID, name: province.provinceName },
  });

  say(`ward submission: ${SUBMISSION_SAMPLES} × (HTTP, in process, bare transaction)…`);
  const [first, second] = seeded;
  const officer = officerOf(first!.code, first!.draftWard.wardId);
  const officerCaller = callerFor(officer);
  // One save through the counting client: what the procedure reads and the transaction it sends.
  counter.weigh = true;
  const probe = await counter.measure(() =>
    officerCaller.assessments.save({ campaignId: first!.campaignId, wardId: officer.wardId!, entries: entriesFor(catalogue, 1), expectedVersion: first!.draftWard.version, idempotencyKey: `bench-${randomUUID()}` }),
  );
  counter.weigh = false;
  const apiTransaction = counter.lastTransaction;
  const { app, issuer } = local;
  const { sub: _sub, ...claims } = officer;
  // Every request over HTTP is checked against its account as it is now: the officer needs one.
  const now = new Date().toISOString();
  const platform = local.data.platform();
  await platform.write(
    accountWrite(platform, { username: officer.username, displayName: officer.displayName, role: 'ward_officer', tenantId: officer.tenantId, wardId: officer.wardId, provinceId: officer.provinceId, status: 'active', createdBy: 'bench', createdAt: now, updatedAt: now, version: 1 }, 0),
  );
  const submission = await measureSubmission({
    app,
    token: (await issuer.issue(claims)).token,
    http: { user: officer, campaignId: first!.campaignId, version: probe.result.version },
    caller: officerCaller,
    counter,
    bare: { user: officerOf(second!.code, second!.draftWard.wardId), campaignId: second!.campaignId, version: second!.draftWard.version },
    doc: createDocumentClient(createDynamoClient({ region: config.region, endpoint: dynamo.endpoint })),
    tableName,
    catalogue,
    year,
    samples: SUBMISSION_SAMPLES,
  });

  printReport({
    province,
    year,
    criteria: catalogue.groups.reduce((n, g) => n + g.criteria.length, 0),
    seed: { ms: seed.ms, tally: seedTally },
    reports,
    submission: { ...submission, samples: SUBMISSION_SAMPLES, procedureReads: probe.read, apiTransaction },
    totalMs: performance.now() - started,
  });
} finally {
  await dynamo.stop();
  await rm(province.cataloguePath, { force: true });
}
