import { render } from 'preact';

import { ReaderApp } from '../../lib/ui/reader/ReaderApp';

import '../../assets/styles/card.css';
import '../../assets/styles/extension-page.css';
import './reader.css';

render(<ReaderApp search={location.search} />, document.getElementById('app')!);
