import {
  grantedOrigins,
  ON_WHEN_GRANTED,
  OPT_IN_ORIGINS,
  platformGrant,
  platformOnAt,
  siteNames,
} from '@/utils/platforms/hosts';

const OLDER_ZOOM = [...ON_WHEN_GRANTED.zoom];
const ZOOMGOV = 'https://gsa.zoomgov.com/wc/join/1602639518';

describe('on, partly on or off: one rule for the sync, Settings and the popup', () => {
  it('is on with every origin granted', () => {
    expect(platformGrant('zoom', [...OPT_IN_ORIGINS.zoom])).toEqual({ state: 'on', missing: [] });
    expect(platformGrant('teams', [...OPT_IN_ORIGINS.teams])).toEqual({ state: 'on', missing: [] });
  });

  it('is partly on with the zoom.us origins alone (a grant from before zoom.com and ZoomGov), naming what is missing', () => {
    expect(platformGrant('zoom', OLDER_ZOOM)).toEqual({
      state: 'partly',
      missing: ['https://*.zoom.com/*', 'https://*.zoomgov.com/*'],
    });
    expect(platformGrant('zoom', [...OLDER_ZOOM, 'https://*.zoomgov.com/*'])).toEqual({
      state: 'partly',
      missing: ['https://*.zoom.com/*'],
    });
  });

  it('is off without the origins it is on with, whatever else is granted', () => {
    expect(platformGrant('zoom', []).state).toBe('off');
    expect(platformGrant('zoom', ['https://*.zoomgov.com/*', 'https://*.zoom.com/*']).state).toBe('off');
    expect(platformGrant('zoom', ['https://app.zoom.us/*']).state).toBe('off');
    expect(platformGrant('teams', OPT_IN_ORIGINS.teams.slice(1)).state).toBe('off');
    expect(platformGrant('zoom', []).missing).toEqual([...OPT_IN_ORIGINS.zoom]);
  });

  it('runs on a page only where its host is granted', () => {
    expect(platformOnAt('zoom', 'https://us02web.zoom.us/wc/81234567890/join', OLDER_ZOOM)).toBe(true);
    expect(platformOnAt('zoom', ZOOMGOV, OLDER_ZOOM)).toBe(false);
    expect(platformOnAt('zoom', 'https://app.zoom.com/wc/81234567890/join', OLDER_ZOOM)).toBe(false);
    expect(platformOnAt('zoom', ZOOMGOV, [...OPT_IN_ORIGINS.zoom])).toBe(true);
    // An origin granted while the platform is off does not make it run.
    expect(platformOnAt('zoom', ZOOMGOV, ['https://*.zoomgov.com/*'])).toBe(false);
  });

  it('asks the browser about each origin on its own', async () => {
    const asked: string[][] = [];
    const granted = await grantedOrigins('zoom', async ({ origins }) => {
      asked.push(origins);
      return origins.every((origin) => OLDER_ZOOM.includes(origin));
    });
    expect(granted).toEqual(OLDER_ZOOM);
    expect(asked).toEqual(OPT_IN_ORIGINS.zoom.map((origin) => [origin]));
  });

  it('names the sites as a person would', () => {
    expect(siteNames(['https://*.zoom.com/*', 'https://*.zoomgov.com/*'])).toEqual(['zoom.com', 'zoomgov.com']);
    expect(siteNames([...OPT_IN_ORIGINS.zoom])).toEqual(['zoom.us', 'zoom.com', 'zoomgov.com']);
    expect(siteNames(['https://teams.microsoft.com/*'])).toEqual(['teams.microsoft.com']);
  });
});
