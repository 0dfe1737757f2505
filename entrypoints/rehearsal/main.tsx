import { render } from 'preact';
import '@/components/styles/base.css';
import './rehearsal.css';
import { t } from '@/utils/i18n';
import { Rehearsal } from './Rehearsal';

document.title = `${t('rehearsalTitle')} · ${t('extName')}`;
render(<Rehearsal />, document.getElementById('app')!);
