import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openGame, readout, screenshot, startHarness, waitForScene, type Harness } from './harness';
import { press } from './play';

/** Bad input of every kind ends on a usable screen with a clear message, never a blank canvas. */
describe('bad input', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness.close());

  it('replaces corrupt saved data with defaults and says so on the menu', async () => {
    const game = await openGame(harness, { viewport: 'phone' });
    await game.page.evaluate(() => localStorage.setItem('newsline:v1', '{"settings": {"soundOn": "loud"'));
    await game.page.reload();
    await waitForScene(game.page, 'Title');
    const title = await readout<{ notices: string[] }>(game.page);
    assert.equal(title.notices.length, 1);
    assert.match(title.notices[0]!, /could not be read/);
    await screenshot(game.page, 'notice-corrupt-storage-phone');
    // Still fully usable: a round starts.
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    assert.deepEqual(game.errors, []);
    await game.close();
  });

  for (const [label, code] of [
    ['garbage', 'not%20a%20code!'],
    ['a tampered code', 'AQRjb3JlBg8TAAMHW80V4BVf'],
    ['markup', encodeURIComponent('<img src=x onerror=alert(1)>')],
  ] as const) {
    it(`explains a round link with ${label} and leads back to the menu`, async () => {
      const game = await openGame(harness, { viewport: 'laptop', query: `?round=${code}` });
      let dialogs = 0;
      game.page.on('dialog', (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await waitForScene(game.page, 'Message');
      const message = await readout<{ title: string; message: string }>(game.page);
      assert.match(message.title, /round link does not work/);
      assert.ok(message.message.length > 30);
      // The reason reaches screen readers too, as the screen's heading and text.
      assert.match(
        (await game.page.locator('#a11y-layer h1').textContent()) ?? '',
        /round link does not work/,
      );
      assert.ok((await game.page.locator('#a11y-layer').textContent())?.includes(message.message));
      await screenshot(game.page, `message-bad-link-${label.replace(/\s/g, '-')}-laptop`);
      await press(game.page, 'to-menu');
      await waitForScene(game.page, 'Title');
      assert.equal(dialogs, 0, 'no markup from the URL ran');
      assert.deepEqual(game.errors, []);
      await game.close();
    });
  }

  it('plays on silently when the sound files return 404', async () => {
    const game = await openGame(harness, { viewport: 'laptop', query: '?nosound' });
    await game.page.route('**/*.wav', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await game.page.reload();
    await waitForScene(game.page, 'Title');
    await press(game.page, 'play');
    await waitForScene(game.page, 'Timeline');
    await game.page.waitForFunction(() =>
      (window.__newsline?.controls as { name: string }[]).some((c) => c.name === 'sound'),
    );
    await press(game.page, 'check-order');
    await press(game.page, 'back');
    await press(game.page, 'dialog-confirm');
    await waitForScene(game.page, 'Title');
    await press(game.page, 'settings');
    await waitForScene(game.page, 'Settings');
    await game.page.waitForFunction(() => window.__newsline?.soundStatus === 'unavailable');
    await screenshot(game.page, 'settings-sound-unavailable-laptop');
    // The browser itself logs each failed request; nothing else may reach the console.
    const unexpected = game.errors.filter((e) => !/Failed to load resource.*404/.test(e));
    assert.deepEqual(unexpected, []);
    await game.close();
  });
});
