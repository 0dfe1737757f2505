import type { ClosingCommands } from '@/utils/closing/protocol';
import type { StarboardDb } from '../db';
import type { FeatureHandlers } from '../router';
import { editChecklistTemplate, editPlanChecklist } from './checklist';
import { reminderSeen } from './reminders';

export function closingFeature(db: StarboardDb): FeatureHandlers<Record<never, never>, ClosingCommands> {
  return {
    queries: {},
    commands: {
      'closing.seen': ({ callId }) => reminderSeen(db, callId),
      'closing.editPlanChecklist': (edit) => editPlanChecklist(db, edit),
      'closing.editTemplate': (edit) => editChecklistTemplate(db, edit),
    },
  };
}
