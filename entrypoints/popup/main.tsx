import { render } from 'preact';
import '@/components/styles/base.css';
import './popup.css';
import { t } from '@/utils/i18n';
import { Popup } from './Popup';

document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
