import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type ScriptApi, syncPlatforms } from '@/entrypoints/background/platforms';
import { updateSettings } from '@/entrypoints/background/settings';
import { ON_WHEN_GRANTED, OPT_IN_ORIGINS } from '@/utils/platforms/hosts';
import { ZOOM_REDIRECT_RULE_ID, ZOOM_REDIRECT_RULE_IDS, zoomRedirectRules } from '@/utils/platforms/zoom-redirect';
import { freshDb } from '../db-helpers';

type Rule = { id: number };

/**
 * WXT's fake browser leaves declarativeNetRequest unimplemented (every call throws), so its dynamic rule store is
 * filled in here with Chrome's semantics: removals first, then additions, a duplicate id is an error.
 */
function fakeDynamicRules() {
  const rules = new Map<number, Rule>();
  const update = vi
    .spyOn(fakeBrowser.declarativeNetRequest, 'updateDynamicRules')
    .mockImplementation(async (options: { removeRuleIds?: number[]; addRules?: Rule[] }) => {
      for (const id of options.removeRuleIds ?? []) rules.delete(id);
      for (const rule of options.addRules ?? []) {
        if (rules.has(rule.id)) throw new Error(`Rule with id ${rule.id} does not have a unique ID.`);
        rules.set(rule.id, rule);
      }
    });
  return { rules, update };
}

function api(granted: Set<string>): ScriptApi {
  return {
    scripting: {
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => {},
      unregisterContentScripts: async () => {},
    },
    permissions: {
      contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o)),
    },
    declarativeNetRequest: fakeBrowser.declarativeNetRequest,
  } as unknown as ScriptApi;
}

describe('the Zoom invite redirect follows Zoom and its setting', () => {
  it('is installed while Zoom is on and the setting allows it (the default), and only then', async () => {
    const db = freshDb();
    const { rules } = fakeDynamicRules();
    const granted = new Set<string>();

    await syncPlatforms(db, api(granted));
    expect(rules.size).toBe(0);

    for (const origin of OPT_IN_ORIGINS.zoom) granted.add(origin);
    await syncPlatforms(db, api(granted));
    expect([...rules.values()]).toEqual(zoomRedirectRules());

    // A second sync (every worker start) replaces the rule rather than failing on its id.
    await syncPlatforms(db, api(granted));
    expect([...rules.keys()]).toEqual(ZOOM_REDIRECT_RULE_IDS);

    await updateSettings(db, { zoomRedirect: false });
    await syncPlatforms(db, api(granted));
    expect(rules.size).toBe(0);

    await updateSettings(db, { zoomRedirect: true });
    await syncPlatforms(db, api(granted));
    expect(rules.has(ZOOM_REDIRECT_RULE_ID)).toBe(true);

    granted.clear();
    await syncPlatforms(db, api(granted));
    expect(rules.size).toBe(0);
  });

  it('is installed for Zoom turned on before zoom.com and ZoomGov joined its origins', async () => {
    const db = freshDb();
    const { rules } = fakeDynamicRules();
    // The ZoomGov rule is inert there: declarativeNetRequestWithHostAccess acts only on hosts the user granted.
    await syncPlatforms(db, api(new Set(ON_WHEN_GRANTED.zoom)));
    expect([...rules.keys()]).toEqual(ZOOM_REDIRECT_RULE_IDS);
  });

  it('leaves other rules alone', async () => {
    const db = freshDb();
    const { rules } = fakeDynamicRules();
    rules.set(1, { id: 1 });
    await syncPlatforms(db, api(new Set()));
    expect([...rules.keys()]).toEqual([1]);
  });

  it('is skipped where the browser has no declarativeNetRequest', async () => {
    const db = freshDb();
    const { declarativeNetRequest: _none, ...withoutDnr } = api(new Set(OPT_IN_ORIGINS.zoom));
    await expect(syncPlatforms(db, withoutDnr as ScriptApi)).resolves.toEqual({ zoom: true, teams: false });
  });
});

describe('a browser that refuses the rule', () => {
  it('still gets its platforms switched', async () => {
    const db = freshDb();
    vi.spyOn(fakeBrowser.declarativeNetRequest, 'updateDynamicRules').mockRejectedValue(new Error('regexSubstitution'));
    await expect(syncPlatforms(db, api(new Set(OPT_IN_ORIGINS.zoom)))).resolves.toEqual({ zoom: true, teams: false });
  });
});
