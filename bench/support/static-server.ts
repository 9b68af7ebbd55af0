import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StaticServer {
  url: string;
  stop(): void;
}

/** nginx serving a folder on loopback with its pre-compressed .gz files: the fastest a static site gets. */
export async function startNginx(root: string, port: number): Promise<StaticServer> {
  const prefix = join(root, '.nginx');
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, `
daemon off;
user root;
worker_processes 2;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types { text/html html; application/json json; text/javascript js; }
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  gzip_static on;
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`);
  const child: ChildProcess = spawn('nginx', ['-p', prefix, '-c', config], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGQUIT') };
}
