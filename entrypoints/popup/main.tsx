import { render } from 'preact';
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';

import { PopupApp } from '../../lib/ui/popup/PopupApp';

import '../../assets/styles/card.css';
import '../../assets/styles/extension-page.css';
import './popup.css';

render(<PopupApp names={names} details={details} search={location.search} />, document.getElementById('app')!);
