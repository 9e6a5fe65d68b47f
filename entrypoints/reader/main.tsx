import { render } from 'preact';
import details from 'virtual:siyaq/details';
import names from 'virtual:siyaq/names';

import { ReaderApp } from '../../lib/ui/reader/ReaderApp';

import '../../assets/styles/card.css';
import '../../assets/styles/extension-page.css';
import './reader.css';

render(<ReaderApp names={names} details={details} search={location.search} />, document.getElementById('app')!);
