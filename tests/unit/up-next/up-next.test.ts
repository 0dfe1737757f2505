import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

describe('upNext.summary', () => {
  it('answers an extension page', async () => {
    const dispatch = createDispatcher(createHandlers(freshDb()), EXTENSION_ID, EXTENSION_ORIGIN);
    expect(await dispatch('upNext.summary', undefined, dashboardSender)).toEqual({ count: 0 });
  });
});
