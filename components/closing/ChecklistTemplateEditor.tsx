import { ChecklistEditor } from '@/components/closing/ChecklistEditor';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { defaultChecklistItems } from '@/utils/closing/checklist';
import { t } from '@/utils/i18n';

/** The closing checklist every call gets unless its plan has its own. */
export function ChecklistTemplateEditor() {
  const settings = useLive('settings.get', undefined);
  return (
    <section class="card stack" aria-labelledby="checklist-template-heading">
      <h2 id="checklist-template-heading">{t('settingsChecklistHeading')}</h2>
      <p class="muted">{t('settingsChecklistIntro')}</p>
      {settings.status === 'ready' && (
        <ChecklistEditor
          idPrefix="template"
          initial={settings.value.checklistTemplate ?? defaultChecklistItems(t)}
          onSave={async (items, base) => {
            await request('closing.editTemplate', { base: [...base], items });
          }}
          onReset={async () => {
            // Null, not today's default items: the built-in list keeps following the language and plan details.
            await request('settings.update', { checklistTemplate: null });
            return defaultChecklistItems(t);
          }}
        />
      )}
    </section>
  );
}
