import { createHandlers } from '@/entrypoints/background/features';
import { findPlanForUrl } from '@/entrypoints/background/plans';
import { createDispatcher } from '@/entrypoints/background/router';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

// #17, critical: editing any other field of a plan re-normalised the stored key ("meet:abc-defg-hij" read as a
// URL with the scheme "meet:") into "abc-defg-hij", and the call no longer found its plan.
describe('a plan keeps its meeting link through edits of other fields', () => {
  for (const [link, callUrl] of [
    ['https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij?authuser=0'],
    ['https://us02web.zoom.us/j/81234567890?pwd=abc', 'https://app.zoom.us/wc/81234567890/join'],
  ] as const) {
    it(`${new URL(link).hostname}: role, notes and start edited, the call still binds`, async () => {
      const db = freshDb();
      const dispatch = createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
      const plan = await dispatch('plans.save', { company: 'Acme', meetingUrl: link }, dashboardSender);
      const key = plan.meetingUrl;
      await dispatch('plans.save', { id: plan.id, role: 'Staff engineer' }, dashboardSender);
      await dispatch('plans.save', { id: plan.id, notes: 'Ask about on-call' }, dashboardSender);
      await dispatch('plans.save', { id: plan.id, scheduledAt: Date.UTC(2026, 11, 3, 15) }, dashboardSender);
      expect((await dispatch('plans.get', plan.id, dashboardSender))?.meetingUrl).toBe(key);
      expect((await findPlanForUrl(db, callUrl))?.id).toBe(plan.id);
    });
  }

  it('a stored key normalises to itself (one function per fact, safe to apply twice)', () => {
    for (const link of [
      'https://meet.google.com/abc-defg-hij',
      'https://us02web.zoom.us/j/81234567890?pwd=abc',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      'https://example.com/Room/42',
    ]) {
      const key = normaliseMeetingUrl(link);
      expect(normaliseMeetingUrl(key)).toBe(key);
    }
  });
});
