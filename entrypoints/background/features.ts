import { backupFeature } from './backup';
import { callsFeature } from './calls';
import { closingFeature } from './closing';
import { cueCardFeature } from './cue-card';
import type { StarboardDb } from './db';
import { formBackupFeature } from './form-backup';
import { frameFeature } from './frame';
import { insightsFeature } from './insights';
import { journalFeature } from './journal';
import { offersFeature } from './offers';
import { plansFeature } from './plans';
import { platformsFeature } from './platforms';
import { practiceFeature } from './practice';
import { CallEvents, type CommandHandlers, type Handlers, type QueryHandlers } from './router';
import { samplesFeature } from './samples';
import { settingsFeature } from './settings';
import { storiesFeature } from './stories';
import { upNextFeature } from './up-next';

/** Every feature's background module, composed. Adding a feature: one line here and one in utils/api/protocol.ts. */
export function createHandlers(db: StarboardDb, calls: CallEvents = new CallEvents()): Handlers {
  const stories = storiesFeature(db);
  const samples = samplesFeature(db);
  const plans = plansFeature(db);
  const callsPart = callsFeature(db, calls);
  const closing = closingFeature(db);
  const settings = settingsFeature(db);
  const formBackup = formBackupFeature(db);
  const frame = frameFeature();
  const practice = practiceFeature(db);
  const platforms = platformsFeature(db);
  const journal = journalFeature(db);
  const insights = insightsFeature(db);
  const backup = backupFeature(db);
  const upNext = upNextFeature(db);
  const offers = offersFeature(db);
  // Annotated literals: a message of the protocol whose feature is missing here is a type error.
  const featureQueries: Omit<QueryHandlers, 'cueCard.panel'> = {
    ...upNext.queries,
    ...stories.queries,
    ...samples.queries,
    ...plans.queries,
    ...callsPart.queries,
    ...closing.queries,
    ...settings.queries,
    ...formBackup.queries,
    ...frame.queries,
    ...practice.queries,
    ...platforms.queries,
    ...journal.queries,
    ...insights.queries,
    ...backup.queries,
    ...offers.queries,
  };
  // The panel's one first message reads through the handlers above.
  const queries: QueryHandlers = { ...featureQueries, ...cueCardFeature(featureQueries).queries };
  const commands: CommandHandlers = {
    ...upNext.commands,
    ...stories.commands,
    ...samples.commands,
    ...plans.commands,
    ...callsPart.commands,
    ...closing.commands,
    ...settings.commands,
    ...formBackup.commands,
    ...frame.commands,
    ...practice.commands,
    ...platforms.commands,
    ...journal.commands,
    ...insights.commands,
    ...backup.commands,
    ...offers.commands,
  };
  return { queries, commands };
}
