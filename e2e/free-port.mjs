// Prints a free TCP port on 127.0.0.1 (run synchronously from the Playwright config).
import { createServer } from 'node:net';

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(String(typeof address === 'object' && address ? address.port : ''));
  server.close();
});
