import type { SMTPServer } from 'smtp-server';

/** Listens and resolves with the port (the one picked, for port 0); `who` names the server in the error, e.g. "The local mailbox". */
export function listen(server: SMTPServer, port: number, host: string, who: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(Object.assign(new Error(`${who} cannot listen on ${host}:${port}: port ${port} is already in use`), { code: error.code }));
      else reject(new Error(`${who} cannot listen on ${host}:${port}: ${error.message}`));
    };
    // smtp-server re-emits the listening socket's errors on itself.
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      // Errors after start-up are single connections going away (a client reset); they must not crash the process.
      server.on('error', () => {});
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

export function closeServer(server: SMTPServer, farewell: string): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // A pooled client keeps its connection open; end it now instead of waiting out smtp-server's grace period.
    for (const connection of server.connections) {
      connection.send(421, farewell);
      connection.close();
    }
  });
}

export function smtpUrl(host: string, port: number): string {
  return `smtp://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
