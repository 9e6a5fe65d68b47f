// Run after `npm ci` (postinstall). npm skips optional dependencies whose
// `engines` the Node running npm does not satisfy, and oxlint's native part
// asks for Node 20.19 or later: on an older Node (Debian 12 and Ubuntu 24.04
// ship 18), `npm ci` then succeeds but `npm run lint` cannot start. Say so
// now, with what to do; `npm start` and the tests themselves still work.
import { readArgs } from './cli';

readArgs({
  name: 'install-check',
  help: `usage: tsx scripts/install-check.ts

Run by npm after \`npm ci\`: warns when npm ran on a Node too old to install
the linter's native part (Node < 20.19).`,
});

const agent = process.env.npm_config_user_agent ?? '';
const version = /\bnode\/v(\d+)\.(\d+)/.exec(agent);
if (version) {
  const [major, minor] = [Number(version[1]), Number(version[2])];
  if (major < 20 || (major === 20 && minor < 19)) {
    console.warn(
      `\ninstall-check: npm ran on Node ${major}.${minor}, so it skipped oxlint's native part (it needs Node 20.19 or later)\n` +
        'and `npm run lint` (part of `npm test`) cannot run. Install Node 20.19 or later (Debian 13: `apt-get install nodejs npm`;\n' +
        'elsewhere https://nodejs.org), then run `npm ci` again. `npm start` works as it is.\n',
    );
  }
}
