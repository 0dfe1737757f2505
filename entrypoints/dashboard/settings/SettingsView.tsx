import { t } from '@/utils/i18n';
import { CallDefaults } from './CallDefaults';
import { ChecklistTemplateEditor } from './ChecklistTemplateEditor';

export function SettingsView() {
  return (
    <div class="settings stack">
      <h1>{t('settingsHeading')}</h1>
      <CallDefaults />
      <ChecklistTemplateEditor />
    </div>
  );
}
