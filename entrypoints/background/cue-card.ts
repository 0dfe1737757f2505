import type { CueCardCommands, CueCardQueries } from '@/utils/cue-card/protocol';
import type { FeatureHandlers, QueryHandlers } from './router';

type PanelSources = Pick<
  QueryHandlers,
  'calls.current' | 'stories.list' | 'plans.list' | 'settings.get' | 'journal.forCall'
>;

/**
 * The panel's one first message (#16): the five reads it used to subscribe to one by one, made by their own
 * features' handlers (no second resolver of any of them) inside one live query, so Dexie re-runs the whole answer
 * when any table it read changes.
 */
export function cueCardFeature(sources: PanelSources): FeatureHandlers<CueCardQueries, CueCardCommands> {
  return {
    queries: {
      'cueCard.panel': async ({ tabId } = {}, context) => {
        // All four started at once, inside the live query's zone: Dexie then tracks every table each one reads.
        const [view, stories, plans, settings] = await Promise.all([
          sources['calls.current']({ tabId }, context),
          sources['stories.list']({}, context),
          sources['plans.list'](undefined, context),
          sources['settings.get'](undefined, context),
        ]);
        const call = view?.call;
        const draft =
          call && call.endedAt !== undefined ? await sources['journal.forCall']({ callId: call.id }, context) : null;
        return { view, stories, plans, settings, draft };
      },
    },
    commands: {},
  };
}
