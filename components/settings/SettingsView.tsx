import { ChecklistTemplateEditor } from '@/components/closing/ChecklistEditor';
import { HeadsUpSettings } from '@/components/up-next/HeadsUpSettings';
import { t } from '@/utils/i18n';
import { About } from './About';
import { CallDefaults } from './CallDefaults';
import { CallPageSettings } from './CallPageSettings';

export function SettingsView() {
  return (
    <section aria-labelledby="settings-heading" class="settings stack">
      <h1 id="settings-heading">{t('settingsHeading')}</h1>
      <CallDefaults />
      <ChecklistTemplateEditor />
      <CallPageSettings />
      <HeadsUpSettings />
      <About />
    </section>
  );
}
