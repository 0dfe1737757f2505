import { render } from 'preact';
import { t } from '@/utils/i18n';
import '@/components/styles/base.css';
import './dashboard.css';
import { App } from './App';

document.title = t('extName');
render(<App />, document.getElementById('app')!);
