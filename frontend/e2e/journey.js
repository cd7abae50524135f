// The end-to-end journey of issue 7, in a real browser (Debian's Chromium driven by playwright-core)
// against a running Pytopus. The server's WebJourneyIT starts the app with a fast time scale and
// runs this script; by hand: `node e2e/journey.js --base-url http://localhost:8080`.
//
// Each step prints PASS, FAIL or WAITING. WAITING means the step needs an API that this build does
// not serve yet (the reef, the live stream): the step is skipped, loudly, and runs by itself as soon
// as the API exists. The exit code is 1 when any step failed.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: options } = parseArgs({
  options: {
    'base-url': {
      type: 'string',
      default: process.env.PYTOPUS_BASE_URL ?? 'http://localhost:8080',
    },
    screenshots: { type: 'string', default: 'target/e2e-screenshots' },
    chromium: { type: 'string', default: process.env.PYTOPUS_CHROMIUM ?? '/usr/bin/chromium' },
    timeout: { type: 'string', default: '300' },
  },
});

const BASE = options['base-url'].replace(/\/$/, '');
const SHOTS = resolve(options.screenshots);
const PASSWORD = 'tentacles under the pier';
const PET = 'Inky';
const MISSPELLED = 'Inkky';
const DESKTOP = { width: 1280, height: 860 };
const MOBILE = { width: 375, height: 812 };
// The flags of DESIGN §6 for Debian's Chromium in a container; launch() gives it a fresh profile.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

mkdirSync(SHOTS, { recursive: true });
// Pictures of failures of an earlier run would tell about a journey that did not happen now.
for (const file of readdirSync(SHOTS)) {
  if (file.startsWith('failed-step-')) rmSync(join(SHOTS, file));
}
const results = [];
const log = (line) => console.log(`journey: ${line}`);

const watchdog = setTimeout(
  () => {
    log(`gave up after ${options.timeout} s`);
    process.exit(1);
  },
  Number(options.timeout) * 1000,
);

const unique = Date.now().toString(36);
const owner = { email: `owner-${unique}@example.com`, name: 'Inky’s keeper' };
const visitor = { email: `visitor-${unique}@example.com`, name: 'Reef visitor' };

const browser = await chromium.launch({
  executablePath: options.chromium,
  headless: true,
  args: FLAGS,
});
log(`Chromium ${browser.version()} against ${BASE}`);

const ownerContext = await browser.newContext({
  viewport: DESKTOP,
  reducedMotion: 'no-preference',
});
const page = await ownerContext.newPage();
page.setDefaultTimeout(20_000);
forwardErrors(page, 'owner');
let petId;

async function step(number, title, run, waitingFor) {
  const name = `${String(number)}. ${title}`;
  if (waitingFor) {
    let missing;
    try {
      missing = await waitingFor();
    } catch (error) {
      results.push({ name, outcome: 'FAIL' });
      log(
        `${name}: FAIL before the step: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
    if (missing) {
      results.push({ name, outcome: 'WAITING' });
      log(`${name}: WAITING (${missing})`);
      return false;
    }
  }
  const started = Date.now();
  try {
    await run();
    results.push({ name, outcome: 'PASS' });
    log(`${name}: PASS (${String(Date.now() - started)} ms)`);
    return true;
  } catch (error) {
    results.push({ name, outcome: 'FAIL' });
    log(`${name}: FAIL: ${error instanceof Error ? error.message : String(error)}`);
    await page
      .screenshot({ path: join(SHOTS, `failed-step-${String(number)}.png`) })
      .catch(() => {});
    return false;
  }
}

/** An API route this build does not serve answers 404 (the server's UnknownApiPath). */
async function missingApi(where, paths) {
  for (const path of paths) {
    const status = await where.evaluate(async (url) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 5000);
      try {
        const response = await fetch(url, { signal: controller.signal });
        controller.abort(); // headers are enough: a stream would never end
        return response.status;
      } catch {
        return -1;
      } finally {
        clearTimeout(timer);
      }
    }, path);
    if (status === 404 || status === 405) return `the server has no ${path.split('?')[0]} yet`;
  }
  return undefined;
}

async function meter(where, label) {
  return Number(await where.getByRole('meter', { name: label }).getAttribute('aria-valuenow'));
}

async function skin(where) {
  return where.locator('svg.tank__octopus').getAttribute('data-skin');
}

async function act(where, tab, item) {
  await where.getByRole('tab', { name: tab }).click();
  await where.locator(`button[data-action][data-item="${item}"]`).click();
}

async function signUp(where, who) {
  await where.goto(`${BASE}/signup`);
  await where.getByLabel('Email').fill(who.email);
  await where.getByLabel('What should we call you?').fill(who.name);
  await where.getByLabel('Password').fill(PASSWORD);
  await where.getByRole('button', { name: 'Create my account' }).click();
  await where.waitForURL(/\/hatchery$/);
}

async function shoot(name, path, prepare) {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ]) {
    const shot = await ownerContext.newPage();
    await shot.setViewportSize(viewport);
    await shot.goto(`${BASE}${path}`);
    if (prepare) await prepare(shot);
    await shot.waitForTimeout(1200); // let entrance animations settle for a still picture
    await shot.screenshot({ path: join(SHOTS, `${name}-${label}.png`) });
    await shot.close();
  }
}

await step(1, 'sign up', async () => {
  await signUp(page, owner);
  await page.getByRole('heading', { name: 'The hatchery' }).waitFor();
  await shoot('hatchery', '/hatchery');
});

await step(2, 'hatch an egg and see it hatch', async () => {
  await page.getByLabel('Name').fill(PET);
  await page.getByLabel(/Mimic/).check();
  await page.getByRole('button', { name: /Lay the egg/ }).click();
  await page.waitForURL(/\/pets\/[0-9a-f-]{36}$/);
  petId = page.url().split('/').pop();
  await page.locator('svg[data-part="egg"]').waitFor();
  // Ten simulated minutes: seconds at the test's time scale. The tank polls an egg every 2 s.
  await page.locator('svg.tank__octopus').waitFor({ timeout: 60_000 });
  const name = await page.locator('svg.tank__octopus title').textContent();
  if (!/hatchling/.test(name ?? ''))
    throw new Error(`the octopus is not a hatchling: ${String(name)}`);
});

await step(3, 'feed and play; the meters and the skin colour change', async () => {
  const fullBefore = await meter(page, 'Fullness');
  const skinBefore = await skin(page);
  await act(page, 'Feed', 'SHRIMP');
  await page.getByText(`${PET} gobbled up the shrimp!`).first().waitFor();
  await waitUntil(async () => (await meter(page, 'Fullness')) > fullBefore, 'fullness to rise');

  // Play until the octopus is too tired to play any more: energy drains, the skin darkens.
  const energyBefore = await meter(page, 'Energy');
  const toys = ['BALL', 'JAR_PUZZLE', 'MIRROR', 'BUBBLES'];
  const tired = page.getByText(new RegExp(`${PET} is (too tired for that|asleep)`));
  for (let round = 0; round < 16; round++) {
    await page.getByRole('tab', { name: 'Play' }).click();
    if ((await tired.count()) > 0) break;
    const toy = page.locator(
      `button[data-action="PLAY"][data-item="${toys[round % toys.length]}"]`,
    );
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST'),
      toy.click(),
    ]);
    await waitUntil(
      async () => (await page.locator('.choice__button--busy').count()) === 0,
      'the answer',
    );
  }
  await waitUntil(async () => (await meter(page, 'Energy')) < energyBefore - 40, 'energy to drop');
  await tired.first().waitFor();
  await waitUntil(async () => (await skin(page)) !== skinBefore, 'the skin to change colour');
  log(
    `   skin ${String(skinBefore)} → ${String(await skin(page))}, fullness ${String(fullBefore)} → …`,
  );
  await shoot('tank', `/pets/${String(petId)}`);
});

await step(4, 'the journal entry appears', async () => {
  await page
    .getByRole('link', { name: /Journal/ })
    .first()
    .click();
  await page.waitForURL(/\/journal$/);
  await page.getByText(`${PET} ate a shrimp`).first().waitFor({ timeout: 30_000 });
  await shoot('journal', `/pets/${String(petId)}/journal`, (shot) =>
    shot.getByText(`${PET} ate a shrimp`).first().waitFor({ timeout: 30_000 }),
  );
});

await step(5, 'make the pet public', async () => {
  await page.goto(`${BASE}/settings`);
  await page.getByLabel(`Show ${PET} in the public reef`).check();
  await page.getByText(`${PET} is in the reef now!`).first().waitFor();
  const pet = await page.evaluate(async (id) => (await fetch(`/api/v1/pets/${id}`)).json(), petId);
  if (pet.public !== true) throw new Error('the pet API does not say it is public');
  await shoot('settings', '/settings');
  await shoot('leaderboards', '/leaderboards', (shot) =>
    shot.locator('.boards__list, .state--empty').first().waitFor(),
  );
  await page.goto(`${BASE}/pets/${String(petId)}`); // the owner watches the tank while a visitor comes
});

const visitorContext = await browser.newContext({ viewport: DESKTOP });
const guest = await visitorContext.newPage();
guest.setDefaultTimeout(20_000);
forwardErrors(guest, 'visitor');
let waved = false;
let signedUpVisitor = false;

waved = await step(
  6,
  'a second user finds it in the reef by a misspelled name and waves',
  async () => {
    await guest.getByRole('combobox', { name: 'Search the reef' }).fill(MISSPELLED);
    await guest.getByRole('button', { name: 'Search' }).click();
    // The index follows the pet's events a moment later.
    await waitUntil(
      async () => {
        if ((await guest.getByTestId('reef-card').filter({ hasText: PET }).count()) > 0)
          return true;
        await guest.getByRole('button', { name: 'Search' }).click();
        return false;
      },
      `${PET} in the reef for “${MISSPELLED}”`,
      30_000,
    );
    await shoot('reef', `/reef?q=${MISSPELLED}`, (shot) =>
      shot.getByTestId('reef-card').first().waitFor(),
    );
    await guest.getByTestId('reef-card').filter({ hasText: PET }).first().click();
    await guest.getByRole('heading', { name: PET }).waitFor();
    await guest.getByRole('button', { name: /Wave/ }).click();
    await guest.getByText(`You waved at ${PET}!`, { exact: false }).first().waitFor();
  },
  async () => {
    await signUp(guest, visitor);
    signedUpVisitor = true;
    await guest.goto(`${BASE}/reef`);
    return missingApi(guest, ['/api/v1/reef/search?q=x', '/api/v1/reef/suggest?prefix=x']);
  },
);
if (!signedUpVisitor) log('   (the visitor could not sign up)');
if (!waved) {
  // The reef page still exists (it says the reef cannot be reached): keep its pictures.
  await shoot('reef', '/reef');
}

await step(
  7,
  'the owner’s bell shows the wave live',
  async () => {
    // No reload: the live stream invalidates the notifications and the bell counts them.
    await page.getByTestId('bell-count').waitFor({ timeout: 30_000 });
    await page.getByTestId('bell').click();
    await page
      .getByRole('region', { name: 'Latest notifications' })
      .getByText(/wave/i)
      .first()
      .waitFor();
  },
  async () => (waved ? missingApi(page, ['/api/v1/stream']) : 'step 6 did not wave'),
);

await browser.close();
clearTimeout(watchdog);

const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
log(`screenshots in ${SHOTS}`);
console.log(
  `${String(count('PASS'))} passed, ${String(count('FAIL'))} failed, ${String(count('WAITING'))} skipped`,
);
process.exit(count('FAIL') > 0 ? 1 : 0);

async function waitUntil(condition, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 300));
  }
}

function forwardErrors(where, who) {
  where.on('pageerror', (error) => log(`   [${who}] page error: ${error.message}`));
}
