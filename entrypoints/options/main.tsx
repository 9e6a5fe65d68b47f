import { render } from 'preact';

import { OptionsApp } from '../../lib/ui/options/OptionsApp';

import '../../assets/styles/card.css';
import '../../assets/styles/extension-page.css';
import './options.css';

render(<OptionsApp />, document.getElementById('app')!);
