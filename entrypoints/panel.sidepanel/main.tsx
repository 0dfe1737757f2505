import { render } from 'preact';
import '@/components/styles/base.css';
import '../../components/cue-card/panel.css';
import { t } from '@/utils/i18n';
import { Panel } from './Panel';

document.title = t('extName');
render(<Panel />, document.getElementById('app')!);
