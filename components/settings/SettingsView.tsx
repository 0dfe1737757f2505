import { t } from '@/utils/i18n';
import { ChecklistTemplateEditor } from '../closing/ChecklistTemplateEditor';
import { CallDefaults } from './CallDefaults';
import { CallPageSettings } from './CallPageSettings';

export function SettingsView() {
  return (
    <section aria-labelledby="settings-heading" class="settings stack">
      <h1 id="settings-heading">{t('settingsHeading')}</h1>
      <CallDefaults />
      <ChecklistTemplateEditor />
      <CallPageSettings />
    </section>
  );
}
