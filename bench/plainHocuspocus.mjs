// The peer for the team-server bench: Hocuspocus as its README starts it — no keys, no storage,
// no limits — so the figures show what our access control and storage cost.
import { Server } from '@hocuspocus/server';

const server = new Server({ address: '127.0.0.1', port: 0, quiet: true, stopOnSignals: true });
await server.listen();
console.log(`Plain Hocuspocus listening at ws://127.0.0.1:${server.address.port}`);
console.log('Ready.');
