import { render } from 'preact';

import { PopupApp } from '../../lib/ui/popup/PopupApp';

import '../../assets/styles/card.css';
import '../../assets/styles/extension-page.css';
import './popup.css';

render(<PopupApp search={location.search} />, document.getElementById('app')!);
